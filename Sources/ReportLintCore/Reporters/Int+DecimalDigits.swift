extension Int {
  /// Calls `body` with this number in decimal ASCII, exactly as `String(self)` writes it, from a
  /// small stack buffer: writers print thousands of line and column numbers.
  func withDecimalDigits<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    var magnitude = self.magnitude
    // A sign and 20 digits hold any Int; written backwards.
    return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 21) { digits in
      var start = digits.count
      repeat {
        start -= 1
        digits[start] = UInt8(ascii: "0") + UInt8(magnitude % 10)
        magnitude /= 10
      } while magnitude > 0
      if self < 0 {
        start -= 1
        digits[start] = UInt8(ascii: "-")
      }
      return body(UnsafeBufferPointer(rebasing: digits[start...]))
    }
  }
}
