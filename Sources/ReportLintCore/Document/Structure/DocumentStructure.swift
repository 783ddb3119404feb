/// What a document is made of, as rules about numbering and sections see it: its paragraphs
/// (non-blank lines), the numbering markers in them, and how those markers form runs.
///
/// Built once per document (see `Document.structure`); lines in Markdown code are left out.
///
/// A class: a dozen rules ask every document for it, and as a struct each hand-over retained and
/// released its three arrays (10 MB: 18,000 copies, 2 million instructions).
public final class DocumentStructure: Sendable {
  public let paragraphs: [Paragraph]
  /// Every marker, heading and run-in, in document order.
  public let markers: [Marker]
  public let runs: [MarkerRun]

  /// `runInHits`: the shared literal scan's hits of `MarkerScanner.runInLiterals`, when it ran;
  /// they locate the run-in markers and change nothing found.
  public init(document: Document, runInHits: LiteralHitList? = nil) {
    (paragraphs, markers, runs) = Self.build(document, runInHits)
  }

  /// The paragraphs, markers and runs, worked out in a function of their own: built in the
  /// class's initialiser, the code was compiled less tightly (10 MB: 0.7 million instructions more).
  private static func build(_ document: Document, _ runInHits: LiteralHitList?) -> ([Paragraph], [Marker], [MarkerRun]) {
    let text = document.text
    var paragraphs: [Paragraph] = []
    // Room for every line at once: grown line by line, the array was copied a dozen times.
    paragraphs.reserveCapacity(document.lineIndex.lineCount)
    var markers: [Marker] = []
    // Room for a report's markers (the 10 MB corpus has four a file): grown from empty, the
    // array was copied three times a file.
    markers.reserveCapacity(8)
    text.withUnsafeBufferPointer { buffer in
      for line in 1...document.lineIndex.lineCount {
        let content = document.lineIndex.contentRange(ofLine: line)
        let start = Self.skipIndent(buffer, from: content.lowerBound, to: content.upperBound)
        guard start < content.upperBound, !document.isIgnored(start..<content.upperBound) else { continue }
        var textStart = start
        var markdownLevel: Int?
        if document.format == .markdown, let (level, end) = Self.markdownHeading(buffer, from: start, to: content.upperBound) {
          markdownLevel = level
          textStart = end
        }
        if MarkerScanner.mayStartHeading(buffer, at: textStart, before: content.upperBound),
          let shape = MarkerScanner.headingShape(in: buffer, at: textStart),
          shape.range.upperBound <= content.upperBound,
          let marker = MarkerScanner.marker(shape, line: line, text: buffer, isLineStart: true)
        {
          markers.append(marker)
          paragraphs.append(
            Paragraph(
              line: line, range: start..<content.upperBound, markdownLevel: markdownLevel, marker: marker,
              textRange: marker.range.upperBound..<content.upperBound))
        } else {
          // Most lines: a paragraph without a marker, made with a literal nil rather than an
          // optional marker moved in (10 MB: its copies cost 1.5 million instructions).
          paragraphs.append(
            Paragraph(
              line: line, range: start..<content.upperBound, markdownLevel: markdownLevel, marker: nil,
              textRange: textStart..<content.upperBound))
        }
      }
      // The paragraph holding each run-in marker, found by a cursor: the markers come in text
      // order. A marker starts at a numeral or 第, never in an indent, so it is inside its line's
      // paragraph, if the line has one (not blank, not ignored). A list of paragraphs by line,
      // looked up by line number, cost an array the size of the line count per document.
      var index = 0
      MarkerScanner.forEachRunIn(in: buffer, runInHits: runInHits) { shape in
        let start = shape.range.lowerBound
        while index < paragraphs.count, paragraphs[index].range.upperBound <= start { index += 1 }
        guard index < paragraphs.count, paragraphs[index].range.lowerBound <= start, !document.isIgnored(shape.range)
        else { return }
        if let marker = MarkerScanner.marker(
          shape, line: paragraphs[index].line, text: buffer, isLineStart: start == paragraphs[index].textRange.lowerBound)
        {
          markers.append(marker)
        }
      }
    }
    markers.sort { $0.range.lowerBound < $1.range.lowerBound }

    var builder = MarkerRunBuilder(markerCount: markers.count)
    var next = 0
    // Each paragraph's end and whether it closes every run (a Markdown heading without a marker)
    // read in place: copying each `Paragraph` cost more.
    for index in paragraphs.indices {
      if paragraphs[index].markdownLevel != nil && paragraphs[index].marker == nil { builder.closeAll() }
      let end = paragraphs[index].range.upperBound
      while next < markers.count, markers[next].range.lowerBound < end {
        builder.add(markers[next])
        next += 1
      }
    }
    return (paragraphs, markers, builder.runs)
  }

  /// The paragraph on `line`, if the line is not blank.
  public func paragraph(atLine line: Int) -> Paragraph? {
    paragraphs.first { $0.line == line }
  }

  /// Indents are spaces, tabs, full-width spaces, no-break spaces and zero-width marks.
  @inline(__always)
  static func skipIndent(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
    var offset = start
    while offset < end {
      // The lead byte of each indent (space, tab, C2, E2, E3, EF) first: most lines start with
      // none, and are not decoded.
      let lead = text[offset]
      guard lead == 0x20 || lead == 0x09 || lead == 0xC2 || lead == 0xE2 || lead == 0xE3 || lead == 0xEF else { break }
      // The full-width space (E3 80 80), which indents most paragraphs of a report twice, on
      // its bytes: decoding it cost 35 instructions.
      if lead == 0xE3, offset + 3 <= end, text[offset + 1] == 0x80, text[offset + 2] == 0x80 {
        offset += 3
        continue
      }
      let (value, length) = UTF8Scalars.decode(text, at: offset)
      guard indents.contains(value) else { break }
      offset += length
    }
    return offset
  }

  private static let indents = " \t\u{3000}\u{00A0}\u{200B}\u{FEFF}".unicodeScalars.map(\.value)

  /// A Markdown ATX heading: 1–6 `#` and a space; returns its level and where its text starts.
  static func markdownHeading(_ text: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> (Int, Int)? {
    var offset = start
    while offset < end, text[offset] == UInt8(ascii: "#") { offset += 1 }
    let level = offset - start
    guard (1...6).contains(level), offset < end, text[offset] == 0x20 || text[offset] == 0x09 else { return nil }
    return (level, skipIndent(text, from: offset, to: end))
  }
}
