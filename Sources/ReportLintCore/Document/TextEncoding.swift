/// The character encodings reportlint reads and writes back.
public enum TextEncoding: String, Sendable, Hashable, CaseIterable {
  case utf8 = "utf-8"
  case utf16LE = "utf-16le"
  case utf16BE = "utf-16be"
  case gb18030 = "gb18030"

  /// The name iconv knows the encoding by.
  var iconvName: String {
    switch self {
    case .utf8: return "UTF-8"
    case .utf16LE: return "UTF-16LE"
    case .utf16BE: return "UTF-16BE"
    case .gb18030: return "GB18030"
    }
  }

  /// The byte order mark that announces the encoding, where it has one.
  var byteOrderMark: [UInt8] {
    switch self {
    case .utf8: return [0xEF, 0xBB, 0xBF]
    case .utf16LE: return [0xFF, 0xFE]
    case .utf16BE: return [0xFE, 0xFF]
    case .gb18030: return []
    }
  }
}
