/// How a document's text is marked up.
public enum DocumentFormat: String, Sendable, Hashable {
  case plainText
  /// Code blocks and inline code are not linted; `#` lines are headings.
  case markdown

  /// Chooses the format from a file name.
  public static func forPath(_ path: String) -> DocumentFormat {
    if let markdown = hasMarkdownSuffixASCII(path) { return markdown ? .markdown : .plainText }
    return hasMarkdownSuffix(path) ? .markdown : .plainText
  }

  /// The rule itself: Unicode lowercasing, then suffixes as characters.
  static func hasMarkdownSuffix(_ path: String) -> Bool {
    let lower = path.lowercased()
    return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
  }

  /// The same answer from the last bytes of the path, when they and the byte before the longer
  /// suffix are ASCII (so lowercasing them is ASCII's, and a suffix starts a character); nil
  /// otherwise. Every file is asked, and lowercasing the whole path cost 800 instructions.
  static func hasMarkdownSuffixASCII(_ path: String) -> Bool? {
    var path = path
    return path.withUTF8 { bytes -> Bool? in
      let tail = bytes.suffix(10)
      guard !tail.contains(where: { $0 >= 0x80 }) else { return nil }
      func ends(with suffix: StaticString) -> Bool {
        let count = suffix.utf8CodeUnitCount
        guard bytes.count >= count else { return false }
        return (0..<count).allSatisfy { index in
          let byte = bytes[bytes.count - count + index]
          let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
          return lower == suffix.utf8Start[index]
        }
      }
      return ends(with: ".md") || ends(with: ".markdown")
    }
  }
}
