import PCRE2

/// A set of characters given as a PCRE2 pattern that matches one character (`\p{sc=Han}`,
/// `[的了是]`), answered by a bitmap instead of a match call. The bitmap covers the Basic
/// Multilingual Plane, where nearly every character of a report lies, and is filled by one PCRE2
/// pass over all of its characters at load, so membership agrees with PCRE2's own Unicode tables
/// exactly; characters above (CJK extension B and beyond, rare) ask PCRE2 one at a time.
struct ScalarClass: Sendable {
  private static let bitmapLimit: UInt32 = 0x1_0000
  private let bits: [UInt64]
  private let regex: Regex

  /// Nil when `regex` can match anything but a single character.
  init?(_ regex: Regex) {
    let subject = Self.allScalarsBelowLimit
    var bits = [UInt64](repeating: 0, count: Int(Self.bitmapLimit) / 64)
    var singleCharacters = true
    do {
      try subject.withUnsafeBufferPointer { buffer in
        if let runs = Self.runs(of: regex) {
          // A lone property matches single characters by its syntax: one match a run of them
          // instead of one a character (28,000 for \p{sc=Han}).
          // The subject holds the scalars in order, so a run is every value from its first
          // character's to its last's (less the surrogates, which the subject skips): two
          // decodings a run instead of one a character (1 million instructions less for
          // \p{sc=Han}).
          try runs.forEachMatch(in: buffer, trustedUTF8: true) { match in
            let last = UTF8Scalars.characterStart(buffer, holding: match.range.upperBound - 1)
            let values = UTF8Scalars.decode(buffer, at: match.range.lowerBound).value...UTF8Scalars.decode(buffer, at: last).value
            for value in values where !(0xD800...0xDFFF).contains(value) {
              bits[Int(value) / 64] |= 1 << UInt64(value % 64)
            }
            return true
          }
          return
        }
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

  /// Every scalar below the bitmap's limit (surrogates have none), in order, as UTF-8, encoded
  /// by hand, one loop for each length, into memory taken once: UTF8.encode per scalar took
  /// longer than the PCRE2 pass over the result, and appending byte by byte 2.5 million
  /// instructions (now 0.5 million).
  static var allScalarsBelowLimit: [UInt8] {
    let threeByteRanges: [Range<UInt32>] = [0x800..<0xD800, 0xE000..<bitmapLimit]
    let count = 0x80 + (0x800 - 0x80) * 2 + threeByteRanges.reduce(0) { $0 + $1.count * 3 }
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      var next = buffer.baseAddress!
      for value in UInt32(0)..<0x80 {
        next[0] = UInt8(truncatingIfNeeded: value)
        next += 1
      }
      for value in UInt32(0x80)..<0x800 {
        next[0] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
        next[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        next += 2
      }
      for range in threeByteRanges {
        for value in range {
          next[0] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
          next[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          next[2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          next += 3
        }
      }
      initialized = next - buffer.baseAddress!
    }
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

  /// `pattern+` when `pattern` is a lone Unicode property (`\p{sc=Han}`, `\P{L}`), which matches
  /// exactly one character wherever it matches; nil for anything else. Not `(?:pattern)+`: a
  /// repeated group takes JIT stack for every repetition, and a run is 20,000 characters long.
  private static func runs(of regex: Regex) -> Regex? {
    let pattern = Array(regex.pattern.utf8)
    guard pattern.count > 4, pattern[0] == UInt8(ascii: "\\"), pattern[1] == UInt8(ascii: "p") || pattern[1] == UInt8(ascii: "P"),
      pattern[2] == UInt8(ascii: "{"), pattern.last == UInt8(ascii: "}"),
      pattern[3..<(pattern.count - 1)].allSatisfy({ byte in
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
          || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "-")
      })
    else { return nil }
    return try? Regex(regex.pattern + "+", options: [.utf, .ucp])
  }
}
