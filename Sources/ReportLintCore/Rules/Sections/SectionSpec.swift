import PCRE2

/// One part a document kind expects (工作开展情况, 存在的问题, 下一步工作打算): the patterns that
/// recognise its heading, and those that recognise it when it is written as a plain paragraph.
struct SectionSpec: Sendable {
  let name: String
  /// Matched against the text of a top-level heading (after its marker).
  let headings: PatternSet
  /// Matched against a paragraph that is not a heading: the part written without a heading.
  let paragraphs: PatternSet
  /// Top-level headings that match no part count as this one (topical headings are the work).
  let fallback: Bool
  let optional: Bool
}
