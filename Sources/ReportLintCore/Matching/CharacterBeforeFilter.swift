import PCRE2

/// Whether the character before a literal lets a match start there, for a pattern whose matches
/// start at its literals behind a one-character lookbehind (`PatternPrefilter.characterBefore`):
/// `(?<=[\p{Han}，、])\x{3000}+` starts no match at a “　” after a line feed or after another
/// “　”, and 37,000 of the 106,000 lines of the 40 MB benchmark corpus start with “　　”.
///
/// Decided for the characters that most often stand before a literal — ASCII, general punctuation
/// (“”‘’—…), CJK punctuation (“　”, 、。《》), full-width ASCII (，：；（）０-９), and the
/// characters near each literal's first (a literal repeated) — by one PCRE2 pass over them at
/// load, so the answer is PCRE2's own; for any other character (Han, mostly) unknown, and the
/// literal is tried. A table of the whole Basic Multilingual Plane, as `ScalarClass` fills, costs
/// about 2 million instructions a rule at load; this one some 100,000.
struct CharacterBeforeFilter: Sendable {
  /// The runs of 64 characters decided, by `value >> 6`.
  private let chunks: [UInt32]
  /// A word a chunk, in the order of `chunks`: which of its characters are in the class.
  private let bits: [UInt64]

  /// Chunks always decided: ASCII, U+2000–U+207F, U+3000–U+303F, U+FF00–U+FF7F.
  static let commonChunks: [UInt32] = [0x00, 0x01, 0x80, 0x81, 0xC0, 0x3FC, 0x3FD]

  /// Nil when `pattern` does not compile with `options`.
  init?(_ pattern: String, options: RegexOptions, literals: [String]) {
    var chunks = Self.commonChunks
    for literal in literals {
      if let first = literal.unicodeScalars.first, !chunks.contains(first.value >> 6) { chunks.append(first.value >> 6) }
    }
    // Every character of the chunks in order, encoded into bytes (appending scalars to a string
    // cost 500 instructions each): a run of those in the class is one match of `x+` (x matches
    // one character at a time, so x+ matches exactly the runs of them).
    var bytes: [UInt8] = []
    bytes.reserveCapacity(chunks.count * 64 * 3)
    for chunk in chunks {
      for value in chunk << 6..<(chunk + 1) << 6 where !(0xD800...0xDFFF).contains(value) {
        UTF8.encode(Unicode.Scalar(value)!) { bytes.append($0) }
      }
    }
    var bits = [UInt64](repeating: 0, count: chunks.count)
    do {
      let runs = try Regex(pattern + "+", options: options.subtracting(.offsetLimit))
      try bytes.withUnsafeBufferPointer { buffer in
        try runs.forEachMatch(in: buffer, trustedUTF8: true) { match in
          var offset = match.range.lowerBound
          while offset < match.range.upperBound {
            let (value, length) = UTF8Scalars.decode(buffer, at: offset)
            bits[chunks.firstIndex(of: value >> 6)!] |= 1 << UInt64(value & 63)
            offset += length
          }
          return true
        }
      }
    } catch {
      return nil
    }
    self.chunks = chunks
    self.bits = bits
  }

  /// False only when a match cannot start at `start` of `text`: there is no character before it,
  /// or that character is known to be outside the class.
  func admits(_ text: UnsafeBufferPointer<UInt8>, start: Int) -> Bool {
    guard start > 0 else { return false }
    let value = UTF8Scalars.decode(text, at: UTF8Scalars.characterStart(text, holding: start - 1)).value
    guard let chunk = chunks.firstIndex(of: value >> 6) else { return true }
    return bits[chunk] & (1 << UInt64(value & 63)) != 0
  }
}
