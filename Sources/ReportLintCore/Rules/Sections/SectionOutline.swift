/// Where a document's parts are, for one document kind: each part found by its heading (the
/// top-level headings) or, failing that, as a plain paragraph.
struct SectionOutline {
  struct Found {
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

  init(_ document: Document, kind: DocumentKind) {
    let paragraphs = document.structure.paragraphs
    let title = DocumentKind.titleParagraph(of: document)?.line
    let topLevel = paragraphs.compactMap(\.marker?.level).min()
    var found: [Found] = []
    var hasHeadings = false
    for (index, paragraph) in paragraphs.enumerated() where paragraph.line != title {
      let isTop =
        paragraph.marker.map { $0.level == topLevel } ?? (paragraph.markdownLevel != nil)
      guard isTop else { continue }
      hasHeadings = true
      let section =
        kind.sections.indices.first { section in
          kind.sections[section].headings.contains {
            document.firstMatch($0, in: paragraph.textRange) != nil
          }
        } ?? kind.sections.firstIndex(where: \.fallback)
      if let section, !found.contains(where: { $0.section == section }) {
        found.append(Found(section: section, paragraph: index, isHeading: true, range: paragraph.textRange))
      }
    }
    for section in kind.sections.indices where !found.contains(where: { $0.section == section }) {
      for (index, paragraph) in paragraphs.enumerated() where !paragraph.isHeading && paragraph.line != title {
        if let range = kind.sections[section].paragraphs.lazy.compactMap({
          document.firstMatch($0, in: paragraph.textRange)
        }).first {
          found.append(Found(section: section, paragraph: index, isHeading: false, range: range))
          break
        }
      }
    }
    self.found = found.sorted { $0.paragraph < $1.paragraph }
    self.hasHeadings = hasHeadings
  }
}
