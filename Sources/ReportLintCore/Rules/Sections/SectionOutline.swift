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

  /// `titleLine` is the title's line, which is never a part. `literalHits`: where the kinds'
  /// section literals occur (the shared scan's hits, `Hit.pattern` indexing `literals`), or nil:
  /// each heading and paragraph is then searched for them.
  init(
    _ document: Document, kind: DocumentKind, titleLine: Int?,
    literalHits: (hits: LiteralHitList, literals: [[UInt8]])? = nil
  ) {
    // Paragraphs are read through a buffer pointer, in place: read from the array, each was
    // copied (its marker's form retained and released), which cost more than the tests.
    (found, hasHeadings) = document.structure.paragraphs.withUnsafeBufferPointer { paragraphs in
      // A loop reading the level in place: `lazy.compactMap(\.marker?.level)` copied every
      // paragraph (10 MB: 3 million instructions).
      var topLevel: MarkerLevel?
      for index in paragraphs.indices {
        if let level = paragraphs[index].marker?.level, topLevel.map({ level < $0 }) ?? true { topLevel = level }
      }
      var found: [Found] = []
      var isFound = [Bool](repeating: false, count: kind.sections.count)
      var hasHeadings = false
      // The paragraphs that are no heading (nor the title), where parts written without one are.
      var body: [Int] = []
      body.reserveCapacity(paragraphs.count)
      /// For each paragraph, whether it holds one of `patterns`' required literals; nil when
      /// there are no hits or the patterns have no required literals.
      func holding(_ patterns: PatternSet) -> [Bool]? {
        literalHits.flatMap { found in patterns.requiredLiterals.map { Self.paragraphs(paragraphs, holding: $0, found) } }
      }
      // Worked out at the first top-level heading: most documents of a kind have some, but
      // the hits are read only when they do.
      var headingHolding: [[Bool]?] = []
      for index in paragraphs.indices where paragraphs[index].line != titleLine {
        let level = paragraphs[index].marker?.level
        let isMarkdownHeading = paragraphs[index].markdownLevel != nil
        if level == nil && !isMarkdownHeading { body.append(index) }
        let isTop = level.map { $0 == topLevel } ?? isMarkdownHeading
        guard isTop else { continue }
        hasHeadings = true
        let text = paragraphs[index].textRange
        if headingHolding.isEmpty { headingHolding = kind.sections.map { holding($0.headings) } }
        let section =
          kind.sections.indices.first { section in
            let holds = headingHolding[section]
            return (holds?[index] ?? true)
              && kind.sections[section].headings.matchesAny(in: text, of: document, literalsFound: holds != nil)
          } ?? kind.sections.firstIndex(where: \.fallback)
        if let section, !isFound[section] {
          isFound[section] = true
          found.append(Found(section: section, paragraph: index, isHeading: true, range: text))
        }
      }
      for section in kind.sections.indices where !isFound[section] && !kind.sections[section].paragraphs.patterns.isEmpty {
        let patterns = kind.sections[section].paragraphs  // once, not a copy of the section per paragraph
        let holds = holding(patterns)
        for index in body where holds?[index] ?? true {
          if let range = patterns.firstPatternMatch(
            in: paragraphs[index].textRange, of: document, literalsFound: holds != nil)
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
