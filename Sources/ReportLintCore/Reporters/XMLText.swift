/// Escaping for the XML reporters (JUnit, checkstyle), in one place.
enum XMLText {
  /// Text safe both as element content and inside a double-quoted attribute. Line ends become
  /// character references so attributes keep them (a parser would fold a raw newline to a space);
  /// characters XML 1.0 forbids (most C0 controls) become U+FFFD rather than breaking the file.
  static func escape(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      case "\n": result += "&#10;"
      case "\r": result += "&#13;"
      case "\t": result += "&#9;"
      case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF:
        result += "\u{FFFD}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  static let declaration = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
}
