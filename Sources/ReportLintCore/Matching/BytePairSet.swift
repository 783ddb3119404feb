/// Which pairs of adjacent bytes a stretch of text holds, hashed into 256 bits: a test that a
/// string cannot occur in it (one of its pairs is missing) costs a few instructions, however
/// many strings are tested. A pair's bit may stand for other pairs too, so a string whose bits
/// are all set may still be absent; one with a bit unset is.
struct BytePairSet {
  private var bits = SIMD4<UInt64>(repeating: 0)

  /// No pairs.
  init() {}

  /// The pairs of `text`'s adjacent bytes.
  init(_ text: UnsafeBufferPointer<UInt8>) {
    if text.count > 1 { for index in 0..<(text.count - 1) { insert(text[index], text[index + 1]) } }
  }

  @inline(__always)
  private mutating func insert(_ first: UInt8, _ second: UInt8) {
    // The pair's top 8 bits of a multiplicative hash: 4 words of 64 bits.
    let hash = ((UInt32(first) << 8 | UInt32(second)) &* 0x9E37_79B1) &>> 24
    bits[Int(hash &>> 6)] |= 1 &<< UInt64(hash & 63)
  }

  mutating func formUnion(_ other: BytePairSet) { bits |= other.bits }

  /// Whether every pair of `other` may be in this set.
  func mayContain(_ other: BytePairSet) -> Bool { bits & other.bits == other.bits }
}
