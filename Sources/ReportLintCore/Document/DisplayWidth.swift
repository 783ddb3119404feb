/// Terminal column widths, so the caret line under a finding lines up with Chinese text: East
/// Asian wide and full-width characters take two columns, combining and zero-width marks none.
public enum DisplayWidth {
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    switch value {
    case 0x0300...0x036F, 0x200B...0x200F, 0x2060...0x2064, 0xFE00...0xFE0F, 0xFEFF: return 0
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3040...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF,
      0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
      0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return 2
    default: return 1
    }
  }

  public static func of<S: StringProtocol>(_ text: S) -> Int {
    text.unicodeScalars.reduce(0) { $0 + of($1) }
  }

  /// The width of the text valid UTF-8 bytes spell, read without making a string of them
  /// (reporters measure excerpts of a document's text this way).
  static func of(utf8: ArraySlice<UInt8>) -> Int {
    utf8.withUnsafeBufferPointer { bytes in
      var width = 0
      var offset = 0
      while offset < bytes.count {
        let (value, length) = UTF8Scalars.decode(bytes, at: offset)
        width += of(Unicode.Scalar(value) ?? "\u{FFFD}")
        offset += length
      }
      return width
    }
  }
}
