/// Decoding of UTF-8 that is known to be valid (every document's text is), without the checks
/// and iterator of the standard library's decoder: hot loops read a character this way.
enum UTF8Scalars {
  /// The scalar value starting at `offset` and its length in bytes.
  @inline(__always)
  static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> (value: UInt32, length: Int) {
    let lead = UInt32(bytes[offset])
    if lead < 0x80 { return (lead, 1) }
    if lead < 0xE0 { return ((lead & 0x1F) << 6 | UInt32(bytes[offset + 1] & 0x3F), 2) }
    if lead < 0xF0 {
      return ((lead & 0x0F) << 12 | UInt32(bytes[offset + 1] & 0x3F) << 6 | UInt32(bytes[offset + 2] & 0x3F), 3)
    }
    return (
      (lead & 0x07) << 18 | UInt32(bytes[offset + 1] & 0x3F) << 12 | UInt32(bytes[offset + 2] & 0x3F) << 6
        | UInt32(bytes[offset + 3] & 0x3F), 4
    )
  }

  /// `decode` over an array.
  static func decode(_ bytes: [UInt8], at offset: Int) -> (scalar: Unicode.Scalar, length: Int) {
    let (value, length) = bytes.withUnsafeBufferPointer { decode($0, at: offset) }
    return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
  }

  /// The start of the character holding byte `offset` of valid UTF-8: `offset` itself, or the
  /// lead byte before its continuation bytes; never before `floor`.
  static func characterStart<Bytes: RandomAccessCollection<UInt8>>(
    _ bytes: Bytes, holding offset: Int, notBefore floor: Int = 0
  ) -> Int where Bytes.Index == Int {
    var start = offset
    while start > floor && bytes[start] & 0xC0 == 0x80 { start -= 1 }
    return start
  }

  /// The length of the UTF-8 sequence that `lead` begins, without branching (mixed ASCII and
  /// Chinese defeats branch prediction): one nibble a value of the lead byte's high nibble.
  @inline(__always)
  static func length(lead: UInt8) -> Int {
    Int(truncatingIfNeeded: (0x4322_1111_1111_1111 as UInt64) &>> (UInt64(lead &>> 4) &* 4)) & 0xF
  }

  /// The top bit of each of eight bytes (read as one little-endian word) that is a continuation
  /// byte (10xxxxxx): its top bit set and the next clear.
  @inline(__always)
  static func continuationBits(_ word: UInt64) -> UInt64 {
    word & ~(word &<< 1) & 0x8080_8080_8080_8080
  }

  /// How many bytes of `bytes` are continuation bytes: 16 at a time, then eight, then one by one.
  static func continuationCount(_ bytes: UnsafeRawBufferPointer) -> Int {
    var count = 0
    var offset = 0
    // 16 bytes a step by vector compares (a column is counted from its line's last finding,
    // often hundreds of bytes back), each lane of `lanes` counting its own continuation bytes (a
    // compare's -1 taken away), the lanes summed every 255 steps, before one can wrap: a
    // move-mask and a population count for each 64 bytes (baseline x86-64 has no popcnt
    // instruction: a dozen shifts and masks) took 40 instructions.
    if let base = bytes.baseAddress {
      while offset + 16 <= bytes.count {
        var lanes = SIMD16<UInt8>()
        let stop = Swift.min(bytes.count, offset + 255 * 16)
        while offset + 16 <= stop {
          lanes = ByteMask.subtractingBelow(-64, in: base.loadUnaligned(fromByteOffset: offset, as: SIMD16<UInt8>.self), from: lanes)
          offset &+= 16
        }
        count &+= ByteMask.sum(lanes)
      }
    }
    while offset + 8 <= bytes.count {
      count &+= continuationBits(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)).nonzeroBitCount
      offset += 8
    }
    for byte in bytes[offset...] where byte & 0xC0 == 0x80 { count += 1 }
    return count
  }
}
