/// The few questions the section rules ask of a line's text (how many characters, which ones,
/// does it contain or end with a phrase), answered on UTF-8 bytes when the answer is sure to be
/// the one Swift's `String` gives.
///
/// `String` counts and compares grapheme clusters under canonical equivalence: 。 followed by a
/// combining mark is not 。, U+037E GREEK QUESTION MARK equals `;`, CR LF is one character. In
/// plain text — every scalar one of the common ones below (ASCII but CR and LF, Latin-1, general
/// and CJK punctuation, full-width forms, Han) — no two scalars join into one character and no
/// scalar equals another, so a scalar is a `Character` and bytes compare as characters do. Text
/// with anything else (combining marks, emoji sequences, compatibility ideographs, Hangul) is
/// not plain, and callers ask `String` as before.
enum PlainText {
  /// Whether every scalar of `text[range]` is plain (see the type's comment).
  static func isPlain(_ text: [UInt8], _ range: ByteRange) -> Bool {
    var offset = range.lowerBound
    while offset < range.upperBound {
      // Han from U+5000 to U+9FFF (lead bytes E5–E9), always plain, is stepped over undecoded.
      if (0xE5...0xE9).contains(text[offset]) {
        offset += 3
        continue
      }
      let (scalar, length) = UTF8Scalars.decode(text, at: offset)
      guard isPlain(scalar.value) else { return false }
      offset += length
    }
    return true
  }

  /// Calls `body` with each scalar of `text[range]` in order until it returns false, and returns
  /// whether the scalars it saw, and the one after the last (if any), are plain. Then each scalar
  /// it saw was a character of its own (a plain scalar joins no plain neighbour, and the range's
  /// text begins at the first), so an answer read from them is the one `String` gives, whatever
  /// follows. If not, `body` has seen part of the text, and what it made of that is to be thrown
  /// away. Callers read the scalars as they come, rather than from an array (building one per
  /// heading was most of the heading rules' cost), and stop when they know their answer: the
  /// plainness of the rest of a run-in heading's body, which it used to check, changes nothing
  /// (10 MB: 5.3 million instructions for 1,669 headings).
  static func forEachScalar(_ text: [UInt8], _ range: ByteRange, _ body: (Unicode.Scalar) -> Bool) -> Bool {
    var offset = range.lowerBound
    while offset < range.upperBound {
      // Han from U+5000 to U+9FFF (lead bytes E5–E9), most of the text, is plain without the
      // range tests.
      let isHan = (0xE5...0xE9).contains(text[offset])
      let (scalar, length) = UTF8Scalars.decode(text, at: offset)
      guard isHan || isPlain(scalar.value) else { return false }
      offset += length
      if !body(scalar) {
        guard offset < range.upperBound else { return true }
        return isPlain(UTF8Scalars.decode(text, at: offset).scalar.value)
      }
    }
    return true
  }

  /// Whether `text[range]` contains `phrase`'s bytes, when both are plain (else nil: ask `String`).
  static func contains(_ phrase: [UInt8], in text: [UInt8], _ range: ByteRange) -> Bool? {
    // An empty phrase is left to `String` too, whose answer depends on which `contains` it is.
    guard !phrase.isEmpty, isPlain(phrase, 0..<phrase.count), isPlain(text, range) else { return nil }
    return text.withUnsafeBytes { ByteSearch.contains(UnsafeRawBufferPointer(rebasing: $0[range]), phrase) }
  }

  /// Whether `text[range]` ends with `phrase`'s bytes, when both are plain (else nil: ask `String`).
  static func hasSuffix(_ phrase: [UInt8], in text: [UInt8], _ range: ByteRange) -> Bool? {
    guard isPlain(phrase, 0..<phrase.count), isPlain(text, range) else { return nil }
    return range.count >= phrase.count && text[(range.upperBound - phrase.count)..<range.upperBound].elementsEqual(phrase)
  }

  /// Whether a scalar is always a character of its own that equals no other (see the type's comment).
  static func isPlain(_ scalar: UInt32) -> Bool {
    // The commonest first: the cases are tested in order.
    switch scalar {
    case 0x3400...0x4DBF, 0x4E00...0x9FFF: return true  // Han (not the compatibility ideographs)
    case 0x3000...0x3029, 0x3030...0x303F: return true  // CJK punctuation (not the combining tone marks)
    case 0xFF01...0xFF5E: return true  // full-width ASCII forms (not the half-width kana sound marks)
    case 0x00...0x09, 0x0B...0x0C, 0x0E...0x7F: return true  // ASCII but LF and CR (CR LF is one character)
    case 0xA0...0xAC, 0xAE...0xFF: return true  // Latin-1 but the soft hyphen
    case 0x2010...0x2027, 0x2030...0x205E: return true  // dashes, quotes, …, ‰, ※ (not the format controls)
    case 0x2150...0x21FF, 0x2460...0x24FF, 0x2500...0x25FF: return true  // Ⅰ Ⅱ, arrows, ① ②, boxes and shapes
    default: return false
    }
  }
}
