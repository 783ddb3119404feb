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

  /// The literals each part's heading and paragraph patterns require, among the kinds' section
  /// literals (by part; nil where a set has none), and the words a set of those literals takes.
  typealias LiteralMasks = (parts: [(headings: LiteralMask?, paragraphs: LiteralMask?)], wordCount: Int)

  /// `titleLine` is the title's line, which is never a part. `literalHits`: where the kinds'
  /// section literals occur (the shared scan's hits, `Hit.pattern` numbering them), read with
  /// `masks`; or nil: each heading and paragraph is then searched for them.
  init(
    _ document: Document, kind: DocumentKind, titleLine: Int?, literalHits: LiteralHitList?, masks: LiteralMasks
  ) {
    // Paragraphs and parts are read through buffer pointers, in place: read from the arrays,
    // each was copied (a paragraph's marker's form, a part's patterns retained and released),
    // which cost more than the tests. The hits and masks are passed apart: copies of one
    // optional tuple of them cost 1.7 million instructions (10 MB).
    (found, hasHeadings) = document.structure.paragraphs.withUnsafeBufferPointer { paragraphs in
      Self.withHeldLiterals(paragraphs, literalHits, wordCount: masks.wordCount) { held in
        kind.sections.withUnsafeBufferPointer { sections in
          Self.find(
            sections, in: paragraphs, of: document, titleLine: titleLine, held: held, wordCount: masks.wordCount,
            masks.parts)
        }
      }
    }
  }

  private static func find(
    _ sections: UnsafeBufferPointer<SectionSpec>, in paragraphs: UnsafeBufferPointer<Paragraph>, of document: Document,
    titleLine: Int?, held: UnsafeMutableBufferPointer<UInt64>?, wordCount: Int,
    _ masks: [(headings: LiteralMask?, paragraphs: LiteralMask?)]
  ) -> ([Found], Bool) {
    // A loop reading the level in place: `lazy.compactMap(\.marker?.level)` copied every
    // paragraph (10 MB: 3 million instructions).
    var topLevel: MarkerLevel?
    for index in paragraphs.indices {
      if let level = paragraphs[index].marker?.level, topLevel.map({ level < $0 }) ?? true { topLevel = level }
    }
    var found: [Found] = []
    var hasHeadings = false
    // The paragraphs that are no heading (nor the title), where parts written without one are.
    var body: [Int] = []
    body.reserveCapacity(paragraphs.count)
    /// Whether paragraph `index` holds one of `mask`'s literals; nil when there are no hits or
    /// the patterns have no required literals. Read with the stride `withHeldLiterals` wrote.
    func holds(_ mask: LiteralMask?, _ index: Int) -> Bool? {
      guard let held, let mask else { return nil }
      return mask.intersects(UnsafeBufferPointer(rebasing: held[(index * wordCount)...]))
    }
    for index in paragraphs.indices where paragraphs[index].line != titleLine {
      let level = paragraphs[index].marker?.level
      let isMarkdownHeading = paragraphs[index].markdownLevel != nil
      if level == nil && !isMarkdownHeading { body.append(index) }
      let isTop = level.map { $0 == topLevel } ?? isMarkdownHeading
      guard isTop else { continue }
      hasHeadings = true
      let text = paragraphs[index].textRange
      let section =
        sections.indices.first { section in
          let holding = holds(masks[section].headings, index)
          return (holding ?? true)
            && sections[section].headings.matchesAny(in: text, of: document, literalsFound: holding != nil)
        } ?? sections.indices.first { sections[$0].fallback }
      if let section, !found.contains(where: { $0.section == section }) {
        found.append(Found(section: section, paragraph: index, isHeading: true, range: text))
      }
    }
    for section in sections.indices
    where !found.contains(where: { $0.section == section }) && !sections[section].paragraphs.patterns.isEmpty {
      let mask = masks[section].paragraphs
      for index in body {
        let holding = holds(mask, index)
        guard holding ?? true else { continue }
        if let range = sections[section].paragraphs.firstPatternMatch(
          in: paragraphs[index].textRange, of: document, literalsFound: holding != nil)
        {
          found.append(Found(section: section, paragraph: index, isHeading: false, range: range))
          break
        }
      }
    }
    return (found.sorted { $0.paragraph < $1.paragraph }, hasHeadings)
  }

  /// Calls `body` with the section literals each paragraph's text holds, as `hits` show them:
  /// `wordCount` words of bits a paragraph, in order; nil without hits. On the stack, not in an
  /// array: one a document.
  private static func withHeldLiterals<Result>(
    _ paragraphs: UnsafeBufferPointer<Paragraph>, _ hits: LiteralHitList?, wordCount: Int,
    _ body: (UnsafeMutableBufferPointer<UInt64>?) -> Result
  ) -> Result {
    guard let hits else { return body(nil) }
    return withUnsafeTemporaryAllocation(of: UInt64.self, capacity: paragraphs.count * wordCount) { held in
      held.initialize(repeating: 0)
      for hit in hits {
        // Paragraphs are in document order: the first whose text ends at or after the hit's end
        // is the only one that can hold it.
        var low = 0
        var high = paragraphs.count
        while low < high {
          let middle = (low + high) / 2
          if paragraphs[middle].textRange.upperBound < hit.range.upperBound { low = middle + 1 } else { high = middle }
        }
        if low < paragraphs.count, paragraphs[low].textRange.lowerBound <= hit.range.lowerBound {
          LiteralMask.mark(hit.pattern, in: UnsafeMutableBufferPointer(rebasing: held[(low * wordCount)...]))
        }
      }
      return body(held)
    }
  }
}
