import PCRE2

/// A set of characters given as a PCRE2 pattern that matches one character (`\p{sc=Han}`,
/// `[的了是]`), answered by a bitmap instead of a match call. The bitmap covers U+0000–U+3FFFF
/// (every script's letters, CJK extensions B–H included) and is filled by one PCRE2 pass over all
/// of those characters at load, so membership agrees with PCRE2's own Unicode tables exactly;
/// characters above ask PCRE2 one at a time (no text a report holds has them).
struct ScalarClass: Sendable {
  private static let bitmapLimit: UInt32 = 0x4_0000
  private let bits: [UInt64]
  private let regex: Regex

  /// Nil when `regex` can match anything but a single character.
  init?(_ regex: Regex) {
    var subject: [UInt8] = []
    subject.reserveCapacity(Int(Self.bitmapLimit) * 4)
    for value in 0..<Self.bitmapLimit {
      guard let scalar = Unicode.Scalar(value) else { continue }
      subject.append(contentsOf: UTF8.encode(scalar)!)
    }
    var bits = [UInt64](repeating: 0, count: Int(Self.bitmapLimit) / 64)
    var singleCharacters = true
    do {
      try subject.withUnsafeBufferPointer { buffer in
        try regex.forEachMatch(in: buffer, trustedUTF8: true) { match in
          let (value, length) = UTF8Scalars.decode(buffer, at: match.range.lowerBound)
          guard match.range.count == length else {
            singleCharacters = false
            return false
          }
          bits[Int(value) / 64] |= 1 << UInt64(value % 64)
          return true
        }
      }
    } catch {
      return nil
    }
    guard singleCharacters else { return nil }
    self.bits = bits
    self.regex = regex
  }

  func contains(_ value: UInt32) -> Bool {
    if value < Self.bitmapLimit { return bits[Int(value) / 64] & (1 << UInt64(value % 64)) != 0 }
    guard let scalar = Unicode.Scalar(value) else { return false }
    let bytes = Array(UTF8.encode(scalar)!)
    let match = bytes.withUnsafeBufferPointer { try? regex.firstMatch(in: $0) }
    return match?.range.count == bytes.count
  }
}
