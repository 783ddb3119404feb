/// Appending text to an output byte buffer without building intermediate strings: reporters write
/// thousands of findings, and each `String` interpolation or concatenation allocates.
extension Array where Element == UInt8 {
  /// The UTF-8 bytes of `text`, copied in one piece.
  mutating func append(utf8 text: String) {
    append(contentsOf: text.utf8)
  }

  /// `number` in decimal, exactly as `String(number)` writes it.
  mutating func append(decimal number: Int) {
    number.withDecimalDigits { append(contentsOf: $0) }
  }

  /// `byte` `count` times (indents, caret lines).
  mutating func append(_ byte: UInt8, count: Int) {
    append(contentsOf: repeatElement(byte, count: count))
  }
}
