#if arch(x86_64)
  import _Builtin_intrinsics.intel
#endif

/// Vector compares of text bytes as bit masks, one bit a byte, lowest byte lowest: what a
/// filter needs to find runs and classes of bytes across a block with integer shifts.
///
/// `@_transparent`, not `@inline(__always)`: with the latter the compiler still called
/// `matching` and `equal` (their tuples of vectors passed in memory), which cost the repeat
/// filter and the UTF-8 validator a third more instructions than the code written out in place.
enum ByteMask {
  /// A compare's sixteen lanes as bits: one `pmovmskb` on x86-64, a loop elsewhere (Swift's SIMD
  /// types have no move-mask operation, and a weighted sum compiled to dozens of instructions).
  @_transparent
  static func bits(_ mask: SIMDMask<SIMD16<Int8>>) -> UInt32 {
    #if arch(x86_64)
      let lanes = unsafeBitCast(SIMD16<Int8>(repeating: 0).replacing(with: -1, where: mask), to: __m128i.self)
      return UInt32(truncatingIfNeeded: _mm_movemask_epi8(lanes))
    #else
      var bits: UInt32 = 0
      for lane in 0..<16 where mask[lane] { bits |= 1 << UInt32(lane) }
      return bits
    #endif
  }

  /// The sum of sixteen byte lanes: `psadbw` against zero on x86-64, where Swift's
  /// `wrappedSum` would wrap at 256.
  @_transparent
  static func sum(_ lanes: SIMD16<UInt8>) -> Int {
    #if arch(x86_64)
      let halves = unsafeBitCast(
        _mm_sad_epu8(unsafeBitCast(lanes, to: __m128i.self), _mm_setzero_si128()), to: SIMD2<UInt64>.self)
      return Int(truncatingIfNeeded: halves[0] &+ halves[1])
    #else
      var total = 0
      for lane in 0..<16 { total &+= Int(lanes[lane]) }
      return total
    #endif
  }

  /// `lanes` less one in each lane whose byte of `bytes`, read as signed, is below `bound`:
  /// `pcmpgtb` and `psubb` on x86-64, where Swift's compare and `replacing` went lane by lane.
  @_transparent
  static func subtractingBelow(_ bound: Int8, in bytes: SIMD16<UInt8>, from lanes: SIMD16<UInt8>) -> SIMD16<UInt8> {
    #if arch(x86_64)
      let below = _mm_cmpgt_epi8(_mm_set1_epi8(bound), unsafeBitCast(bytes, to: __m128i.self))
      return unsafeBitCast(_mm_sub_epi8(unsafeBitCast(lanes, to: __m128i.self), below), to: SIMD16<UInt8>.self)
    #else
      let signed = unsafeBitCast(bytes, to: SIMD16<Int8>.self)
      return lanes &- unsafeBitCast(SIMD16<Int8>(repeating: 0).replacing(with: -1, where: signed .< SIMD16(repeating: bound)), to: SIMD16<UInt8>.self)
    #endif
  }

  /// The 64 bytes at `offset` loaded as four vectors.
  @_transparent
  static func load64(_ base: UnsafeRawPointer, _ offset: Int) -> (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>) {
    (
      base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self),
      base.loadUnaligned(fromByteOffset: offset &+ 16, as: SIMD16<UInt8>.self),
      base.loadUnaligned(fromByteOffset: offset &+ 32, as: SIMD16<UInt8>.self),
      base.loadUnaligned(fromByteOffset: offset &+ 48, as: SIMD16<UInt8>.self)
    )
  }

  /// Four vectors' compares as one mask, the first vector's lowest.
  @_transparent
  static func combine(
    _ masks: (SIMDMask<SIMD16<Int8>>, SIMDMask<SIMD16<Int8>>, SIMDMask<SIMD16<Int8>>, SIMDMask<SIMD16<Int8>>)
  ) -> UInt64 {
    UInt64(bits(masks.0)) | UInt64(bits(masks.1)) &<< 16 | UInt64(bits(masks.2)) &<< 32 | UInt64(bits(masks.3)) &<< 48
  }

  /// The bytes whose bits under `mask` are `value`, of 64. Compared as vectors on both sides:
  /// with a scalar operand, or `.>=`, Swift compiled the compare lane by lane.
  @_transparent
  static func matching(
    _ bytes: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>), mask: UInt8, value: UInt8
  ) -> UInt64 {
    let (mask, value) = (SIMD16<UInt8>(repeating: mask), SIMD16<UInt8>(repeating: value))
    return combine((bytes.0 & mask .== value, bytes.1 & mask .== value, bytes.2 & mask .== value, bytes.3 & mask .== value))
  }

  /// The largest of the 64 bytes' in each of the sixteen lanes: `pmaxub` on x86-64, where Swift's
  /// `pointwiseMax` was a call for each pair.
  @_transparent
  static func largest(_ bytes: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)) -> SIMD16<UInt8> {
    #if arch(x86_64)
      let (a, b, c, d) = (
        unsafeBitCast(bytes.0, to: __m128i.self), unsafeBitCast(bytes.1, to: __m128i.self),
        unsafeBitCast(bytes.2, to: __m128i.self), unsafeBitCast(bytes.3, to: __m128i.self)
      )
      return unsafeBitCast(_mm_max_epu8(_mm_max_epu8(a, b), _mm_max_epu8(c, d)), to: SIMD16<UInt8>.self)
    #else
      return pointwiseMax(pointwiseMax(bytes.0, bytes.1), pointwiseMax(bytes.2, bytes.3))
    #endif
  }

  /// The lanes where two runs of 64 bytes hold the same byte: 0xFF there, else 0. Bytes, not
  /// `SIMDMask`s: a mask carried through the repeat filter's loop was made bytes again before
  /// each move-mask (`psllw`, four a mask), where bytes go to `pmovmskb` as they are.
  @_transparent
  static func equal(
    _ bytes: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>),
    _ other: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)
  ) -> (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>) {
    (equalLanes(bytes.0, other.0), equalLanes(bytes.1, other.1), equalLanes(bytes.2, other.2), equalLanes(bytes.3, other.3))
  }

  /// `lanes` with the lanes where two runs of 64 bytes hold the same byte set to 0xFF.
  @_transparent
  static func orEqual(
    _ lanes: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>),
    _ bytes: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>),
    _ other: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)
  ) -> (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>) {
    (
      lanes.0 | equalLanes(bytes.0, other.0), lanes.1 | equalLanes(bytes.1, other.1),
      lanes.2 | equalLanes(bytes.2, other.2), lanes.3 | equalLanes(bytes.3, other.3)
    )
  }

  /// Four vectors of 0xFF and 0 lanes as one mask of their top bits, the first vector's lowest.
  @_transparent
  static func combine(lanes: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)) -> UInt64 {
    UInt64(topBits(lanes.0)) | UInt64(topBits(lanes.1)) &<< 16 | UInt64(topBits(lanes.2)) &<< 32
      | UInt64(topBits(lanes.3)) &<< 48
  }

  /// 0xFF where `a` and `b` hold the same byte, else 0: the compare's own lanes.
  @_transparent
  static func equalLanes(_ a: SIMD16<UInt8>, _ b: SIMD16<UInt8>) -> SIMD16<UInt8> {
    unsafeBitCast(a .== b, to: SIMD16<UInt8>.self)
  }

  /// The top bit of each of sixteen lanes: one `pmovmskb` on x86-64.
  @_transparent
  static func topBits(_ lanes: SIMD16<UInt8>) -> UInt32 {
    #if arch(x86_64)
      return UInt32(truncatingIfNeeded: _mm_movemask_epi8(unsafeBitCast(lanes, to: __m128i.self)))
    #else
      return bits(lanes .>= SIMD16<UInt8>(repeating: 0x80))
    #endif
  }
}
