/// Checks that bytes are well-formed UTF-8 (no overlong forms, surrogates, scalars past
/// U+10FFFF, stray or missing continuation bytes), exactly as the standard library's validator
/// does, but cheaper on reports: every file of a run is checked whole, and the standard
/// validator took 11 instructions a byte of Chinese text. Blocks of 64 bytes holding only ASCII
/// and three-byte characters (nearly every block of a report) are checked with bit masks, under
/// two instructions a byte; any other block, character by character (8.4 a byte), where ASCII
/// runs are skipped eight bytes at a time and three-byte characters taken two at a time.
enum UTF8Validator {
  static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool { check(bytes).isValid }

  /// Whether `bytes` are well-formed, and whether they hold a four-byte character (only the
  /// character-by-character path meets one: a block holding one is never simple), which the
  /// repetition rule's byte filter otherwise tests for at every step (`Document.hasFourByteCharacters`).
  static func check(_ bytes: UnsafeBufferPointer<UInt8>) -> (isValid: Bool, hasFourByteCharacters: Bool) {
    guard let base = bytes.baseAddress.map(UnsafeRawPointer.init) else { return (true, false) }
    var fourByte = false
    // Always at a character's first byte.
    var index = 0
    while index + 64 <= bytes.count {
      if let consumed = simpleBlock(at: index, in: base) {
        index += consumed
      } else {
        guard let next = characterByCharacter(bytes, from: index, to: index + 64, fourByte: &fourByte) else {
          return (false, fourByte)
        }
        index = next
      }
    }
    let valid = characterByCharacter(bytes, from: index, to: bytes.count, fourByte: &fourByte) != nil
    return (valid, fourByte)
  }

  /// How far the 64 bytes at `offset` (a character's first byte) are well formed, checked
  /// together: up to the last character that ends inside them. Nil when they hold anything but
  /// ASCII and three-byte characters, or an E0 or ED lead (whose second byte has a narrower
  /// range), or a malformed sequence: the caller then reads them character by character.
  @inline(__always)
  private static func simpleBlock(at offset: Int, in base: UnsafeRawPointer) -> Int? {
    let bytes = ByteMask.load64(base, offset)
    let continuations = ByteMask.matching(bytes, mask: 0xC0, value: 0x80)
    let leads = ByteMask.matching(bytes, mask: 0xF0, value: 0xE0)
    let ascii = ByteMask.matching(bytes, mask: 0x80, value: 0)
    let narrow = ByteMask.matching(bytes, mask: 0xFF, value: 0xE0) | ByteMask.matching(bytes, mask: 0xFF, value: 0xED)
    // Each lead's two continuation bytes, exactly where the continuation bytes are (those past
    // the block fall off the shift).
    let expected = leads << 1 | leads << 2
    guard continuations | leads | ascii == UInt64.max, expected == continuations, narrow == 0 else { return nil }
    // A character whose last byte is past the block is checked again whole by the next block,
    // which starts at its lead.
    return leads >> 62 & 1 != 0 ? 62 : leads >> 63 != 0 ? 63 : 64
  }

  /// Checks the characters that start from `start` (a character's first byte) up to `limit`,
  /// reading past `limit` to the end of the last; the offset after it, or nil when malformed.
  /// Sets `fourByte` when one of them is a four-byte character.
  private static func characterByCharacter(
    _ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to limit: Int, fourByte: inout Bool
  ) -> Int? {
    guard let base = bytes.baseAddress else { return start }
    let count = bytes.count
    let raw = UnsafeRawPointer(base)
    /// Both bytes after `index` are continuation bytes (10xxxxxx).
    @inline(__always) func twoContinuations(after index: Int) -> Bool {
      base[index + 1] & 0xC0 == 0x80 && base[index + 2] & 0xC0 == 0x80
    }
    var index = start
    while index < limit {
      // Two three-byte characters at once (nearly every pair in a report): both leads 1110xxxx
      // but not E0 or ED (which limit their second byte), four continuation bytes 10xxxxxx.
      if index + 8 <= count {
        let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
        if word & 0xC0C0_F0C0_C0F0 == 0x8080_E080_80E0 {
          let first = word & 0x0F
          let second = word >> 24 & 0x0F
          if first != 0 && first != 0xD && second != 0 && second != 0xD {
            index += 6
            continue
          }
        }
      }
      let lead = base[index]
      if lead < 0x80 {
        index += 1
        while index + 8 <= limit && raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
          index += 8
        }
        continue
      }
      switch lead {
      case 0xE1...0xEC, 0xEE...0xEF:
        guard index + 2 < count, twoContinuations(after: index) else { return nil }
        index += 3
      case 0xC2...0xDF:
        guard index + 1 < count, base[index + 1] & 0xC0 == 0x80 else { return nil }
        index += 2
      case 0xE0, 0xED:
        // E0 A0–BF: no overlong form; ED 80–9F: no surrogate.
        guard index + 2 < count, twoContinuations(after: index) else { return nil }
        let second = base[index + 1]
        guard lead == 0xE0 ? second >= 0xA0 : second <= 0x9F else { return nil }
        index += 3
      case 0xF0...0xF4:
        // F0 90–BF: no overlong form; F4 80–8F: nothing past U+10FFFF.
        guard index + 3 < count, twoContinuations(after: index), base[index + 3] & 0xC0 == 0x80 else { return nil }
        let second = base[index + 1]
        if lead == 0xF0 && second < 0x90 || lead == 0xF4 && second > 0x8F { return nil }
        fourByte = true
        index += 4
      default:
        // A continuation byte with no lead, C0/C1 (always overlong), F5–FF.
        return nil
      }
    }
    return index
  }
}
