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

  /// `titleLine` is the title's line, which is never a part.
  init(_ document: Document, kind: DocumentKind, titleLine: Int?) {
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
        for index in body {
          if let range = patterns.firstPatternMatch(in: paragraphs[index].textRange, of: document) {
            found.append(Found(section: section, paragraph: index, isHeading: false, range: range))
            break
          }
        }
      }
      return (found.sorted { $0.paragraph < $1.paragraph }, hasHeadings)
    }
  }
}
