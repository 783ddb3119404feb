/// Where a document's parts are, for one document kind: each part found by its heading (the
/// top-level headings) or, failing that, as a plain paragraph.
struct SectionOutline: Sendable {
  struct Found: Sendable {
    /// Index into the kind's sections.
    let section: Int
    /// Index into the structure's paragraphs.
    let paragraph: Int
    /// Whether it was found as a heading (rather than as a plain paragraph).
    let isHeading: Bool
    /// What was recognised: the heading text, or the phrase in the paragraph.
    let range: ByteRange
  }

  /// The first occurrence of each part found, in document order.
  let found: [Found]
  /// Whether the document has top-level headings at all (a document of plain paragraphs is not
  /// told which parts it lacks).
  let hasHeadings: Bool

  /// `titleLine` is the title's line, which is never a part. `paragraphLiterals`: where the
  /// kinds' paragraph literals occur (the shared scan's hits, `Hit.pattern` indexing
  /// `literals`), or nil: each paragraph is then searched for them.
  init(
    _ document: Document, kind: DocumentKind, titleLine: Int?,
    paragraphLiterals: (hits: LiteralHitList, literals: [[UInt8]])? = nil
  ) {
    // Paragraphs are read through a buffer pointer, in place: read from the array, each was
    // copied (its marker's form retained and released), which cost more than the tests.
    (found, hasHeadings) = document.structure.paragraphs.withUnsafeBufferPointer { paragraphs in
      let topLevel = paragraphs.lazy.compactMap(\.marker?.level).min()
      var found: [Found] = []
      var isFound = [Bool](repeating: false, count: kind.sections.count)
      var hasHeadings = false
      // The paragraphs that are no heading (nor the title), where parts written without one are.
      var body: [Int] = []
      for index in paragraphs.indices where paragraphs[index].line != titleLine {
        let level = paragraphs[index].marker?.level
        let isMarkdownHeading = paragraphs[index].markdownLevel != nil
        if level == nil && !isMarkdownHeading { body.append(index) }
        let isTop = level.map { $0 == topLevel } ?? isMarkdownHeading
        guard isTop else { continue }
        hasHeadings = true
        let text = paragraphs[index].textRange
        let section =
          kind.sections.indices.first { kind.sections[$0].headings.matchesAny(in: text, of: document) }
          ?? kind.sections.firstIndex(where: \.fallback)
        if let section, !isFound[section] {
          isFound[section] = true
          found.append(Found(section: section, paragraph: index, isHeading: true, range: text))
        }
      }
      for section in kind.sections.indices where !isFound[section] && !kind.sections[section].paragraphs.patterns.isEmpty {
        let patterns = kind.sections[section].paragraphs  // once, not a copy of the section per paragraph
        let holding = paragraphLiterals.flatMap { found in
          patterns.requiredLiterals.map { Self.paragraphs(paragraphs, holding: $0, found) }
        }
        for index in body where holding?[index] ?? true {
          if let range = patterns.firstPatternMatch(
            in: paragraphs[index].textRange, of: document, literalsFound: holding != nil)
          {
            found.append(Found(section: section, paragraph: index, isHeading: false, range: range))
            break
          }
        }
      }
      return (found.sorted { $0.paragraph < $1.paragraph }, hasHeadings)
    }
  }

  /// For each paragraph, whether one of `wanted` occurs inside its text, read from the hits.
  private static func paragraphs(
    _ paragraphs: UnsafeBufferPointer<Paragraph>, holding wanted: [[UInt8]],
    _ found: (hits: LiteralHitList, literals: [[UInt8]])
  ) -> [Bool] {
    var holds = [Bool](repeating: false, count: paragraphs.count)
    for hit in found.hits where wanted.contains(found.literals[hit.pattern]) {
      // Paragraphs are in document order: the first whose text ends at or after the hit's end
      // is the only one that can hold it.
      var low = 0
      var high = paragraphs.count
      while low < high {
        let middle = (low + high) / 2
        if paragraphs[middle].textRange.upperBound < hit.range.upperBound { low = middle + 1 } else { high = middle }
      }
      if low < paragraphs.count, paragraphs[low].textRange.lowerBound <= hit.range.lowerBound { holds[low] = true }
    }
    return holds
  }
}
