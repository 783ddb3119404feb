/// Scalars that always form a character (grapheme cluster) of their own, whatever stands next to
/// them: no rule of Unicode's segmentation (UAX #29) joins them to a neighbour. Between two such
/// scalars there is always a character boundary, so over a run of them counting characters is
/// counting scalars — which text output needs on every finding, without asking `String` to
/// segment the line. The ranges cover Chinese text (Han, CJK and full-width punctuation), ASCII
/// and common symbols; anything else simply takes the slower, general path.
///
/// Kept out: combining marks and other Extend scalars, ZWJ and ZWNJ, spacing marks, prepended
/// concatenation marks, Hangul jamo and syllables, regional indicators, CR and LF. A test checks
/// every scalar of the ranges against the standard library's own segmentation.
enum StandaloneScalars {
  static func contains(_ value: UInt32) -> Bool {
    switch value {
    case 0x00...0x09, 0x0B, 0x0C, 0x0E...0x2FF,  // ASCII and Latin, but for LF and CR
      0x2010...0x2027, 0x2030...0x205E,  // dashes, quotes, ellipsis, ‰, ※
      0x2100...0x23FF,  // letterlike symbols, Roman numerals, arrows, mathematical operators
      0x2460...0x27BF,  // ①, box drawing, geometric shapes, symbols, dingbats
      0x3000...0x3029, 0x3030...0x303F,  // CJK punctuation (but for the tone marks 302A–302F)
      0x3041...0x3096, 0x309B...0x30FF,  // kana (but for the sound marks 3099–309A)
      0x3200...0x33FF,  // enclosed and squared CJK (㈠, ㎡)
      0x3400...0x4DBF, 0x4E00...0x9FFF,  // Han
      0xFF01...0xFF9D, 0xFFE0...0xFFEE:  // full-width forms (but for 0xFF9E–FF9F)
      return true
    default:
      return false
    }
  }
}
