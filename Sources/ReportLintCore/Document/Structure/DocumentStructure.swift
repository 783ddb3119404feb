/// What a document is made of, as rules about numbering and sections see it: its paragraphs
/// (non-blank lines), the numbering markers in them, and how those markers form runs.
///
/// Built once per document (see `Document.structure`); lines in Markdown code are left out.
public struct DocumentStructure: Sendable {
  public let paragraphs: [Paragraph]
  /// Every marker, heading and run-in, in document order.
  public let markers: [Marker]
  public let runs: [MarkerRun]

  public init(document: Document) {
    let text = document.text
    var paragraphs: [Paragraph] = []
    var markers: [Marker] = []
    // Paragraph index by line, -1 for a blank or ignored line.
    var paragraphAtLine = [Int](repeating: -1, count: document.lineIndex.lineCount + 1)
    text.withUnsafeBufferPointer { buffer in
      for line in 1...document.lineIndex.lineCount {
        let content = document.lineIndex.contentRange(ofLine: line)
        let start = Self.skipIndent(text, from: content.lowerBound, to: content.upperBound)
        guard start < content.upperBound, !document.isIgnored(start..<content.upperBound) else { continue }
        var textStart = start
        var markdownLevel: Int?
        if document.format == .markdown, let (level, end) = Self.markdownHeading(text, from: start, to: content.upperBound) {
          markdownLevel = level
          textStart = end
        }
        var marker: Marker?
        if MarkerScanner.mayStartHeading(buffer, at: textStart, before: content.upperBound),
          let match = try? MarkerScanner.heading.firstMatch(in: buffer, from: textStart, trustedUTF8: true),
          match.range.upperBound <= content.upperBound
        {
          marker = MarkerScanner.marker(
            from: match, groups: MarkerScanner.headingGroups, in: document, isLineStart: true)
        }
        if let marker { markers.append(marker) }
        paragraphAtLine[line] = paragraphs.count
        paragraphs.append(
          Paragraph(
            line: line, range: start..<content.upperBound, markdownLevel: markdownLevel, marker: marker,
            textRange: (marker?.range.upperBound ?? textStart)..<content.upperBound))
      }
      MarkerScanner.forEachRunInMatch(in: buffer) { match in
        let index = paragraphAtLine[document.lineIndex.line(containing: match.range.lowerBound)]
        guard index >= 0, !document.isIgnored(match.range) else { return }
        let paragraph = paragraphs[index]
        if let marker = MarkerScanner.marker(
          from: match, groups: MarkerScanner.runInGroups, in: document,
          isLineStart: match.range.lowerBound == paragraph.textRange.lowerBound)
        {
          markers.append(marker)
        }
      }
    }
    markers.sort { $0.range.lowerBound < $1.range.lowerBound }

    var builder = MarkerRunBuilder()
    var next = 0
    for paragraph in paragraphs {
      if paragraph.markdownLevel != nil && paragraph.marker == nil { builder.closeAll() }
      while next < markers.count, markers[next].range.lowerBound < paragraph.range.upperBound {
        builder.add(markers[next])
        next += 1
      }
    }
    self.paragraphs = paragraphs
    self.markers = markers
    runs = builder.runs
  }

  /// The paragraph on `line`, if the line is not blank.
  public func paragraph(atLine line: Int) -> Paragraph? {
    paragraphs.first { $0.line == line }
  }

  /// Indents are spaces, tabs, full-width spaces, no-break spaces and zero-width marks.
  static func skipIndent(_ text: [UInt8], from start: Int, to end: Int) -> Int {
    var offset = start
    while offset < end {
      let (scalar, length) = UTF8Scalars.decode(text, at: offset)
      guard [" ", "\t", "\u{3000}", "\u{00A0}", "\u{200B}", "\u{FEFF}"].contains(scalar) else { break }
      offset += length
    }
    return offset
  }

  /// A Markdown ATX heading: 1–6 `#` and a space; returns its level and where its text starts.
  static func markdownHeading(_ text: [UInt8], from start: Int, to end: Int) -> (Int, Int)? {
    var offset = start
    while offset < end, text[offset] == UInt8(ascii: "#") { offset += 1 }
    let level = offset - start
    guard (1...6).contains(level), offset < end, text[offset] == 0x20 || text[offset] == 0x09 else { return nil }
    return (level, skipIndent(text, from: offset, to: end))
  }
}
