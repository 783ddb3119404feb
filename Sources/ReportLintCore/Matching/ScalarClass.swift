import PCRE2

/// A set of characters given as a PCRE2 pattern that matches one character (`\p{sc=Han}`,
/// `[的了是]`), answered by a bitmap instead of a match call. The bitmap covers the Basic
/// Multilingual Plane, where nearly every character of a report lies, and is filled from the
/// ranges PCRE2 matches there (`Regex.basicPlaneScalarRanges`), so membership agrees with
/// PCRE2's own Unicode tables exactly; characters above (CJK extension B and beyond, rare) ask
/// PCRE2 one at a time.
struct ScalarClass: Sendable {
  private static let bitmapLimit = Regex.basicPlaneLimit
  private let bits: [UInt64]
  let regex: Regex

  /// Nil when `regex` can match anything but a single character.
  init?(_ regex: Regex) {
    guard let ranges = Self.builtinRanges(of: regex) ?? regex.basicPlaneScalarRanges() else { return nil }
    var bits = [UInt64](repeating: 0, count: Int(Self.bitmapLimit) / 64)
    for range in ranges {
      var value = range.first
      while value <= range.last {
        // A whole word at once where the range covers it (\p{sc=Han} sets 28,000 bits).
        if value % 64 == 0 && range.last - value >= 63 {
          bits[Int(value) / 64] = ~0
          value += 64
        } else {
          bits[Int(value) / 64] |= 1 << UInt64(value % 64)
          value += 1
        }
      }
    }
    self.bits = bits
    self.regex = regex
  }

  /// The ranges rule-embedder found at build time for a class of the built-in packs, compiled
  /// with the options it used: the PCRE2 pass over every character of the plane took 5.5 of the
  /// 74 million instructions a start took (\p{sc=Han}).
  static func builtinRanges(of regex: Regex) -> [ScalarRange]? {
    guard regex.options == EmbeddedRules.scalarClassOptions else { return nil }
    return BuiltinPatternTable.entry(for: regex.pattern, in: EmbeddedRules.scalarClasses) { $0.pattern }?.ranges
  }

  /// Whether the class holds any scalar below `limit` (at most the bitmap's limit).
  func containsAny(below limit: UInt32) -> Bool {
    precondition(limit <= Self.bitmapLimit)
    return (0..<limit).contains { contains($0) }
  }

  func contains(_ value: UInt32) -> Bool {
    if value < Self.bitmapLimit { return bits[Int(value) / 64] & (1 << UInt64(value % 64)) != 0 }
    guard let scalar = Unicode.Scalar(value) else { return false }
    let bytes = Array(UTF8.encode(scalar)!)
    let match = bytes.withUnsafeBufferPointer { try? regex.firstMatch(in: $0) }
    return match?.range.count == bytes.count
  }
}
