/// How a document's text is marked up.
public enum DocumentFormat: String, Sendable, Hashable {
  case plainText
  /// Code blocks and inline code are not linted; `#` lines are headings.
  case markdown

  /// Chooses the format from a file name.
  public static func forPath(_ path: String) -> DocumentFormat {
    let lower = path.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown") ? .markdown : .plainText
  }
}
