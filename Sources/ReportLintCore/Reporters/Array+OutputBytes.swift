/// Appending text to an output byte buffer without building intermediate strings: reporters write
/// thousands of findings, and each `String` interpolation or concatenation allocates.
extension Array where Element == UInt8 {
  /// The UTF-8 bytes of `text`, copied in one piece.
  mutating func append(utf8 text: String) {
    append(contentsOf: text.utf8)
  }

  /// `number` in decimal, exactly as `String(number)` writes it.
  mutating func append(decimal number: Int) {
    if number < 0 { append(UInt8(ascii: "-")) }
    var magnitude = number.magnitude
    // 20 digits hold any UInt64; write them backwards into a small stack buffer.
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 20) { digits in
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      append(contentsOf: UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }

  /// `byte` `count` times (indents, caret lines).
  mutating func append(_ byte: UInt8, count: Int) {
    append(contentsOf: repeatElement(byte, count: count))
  }
}
