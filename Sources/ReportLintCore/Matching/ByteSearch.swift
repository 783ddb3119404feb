import Foundation

/// Byte-string search for short needles in UTF-8 text, 64 positions at a time.
///
/// Chinese text defeats a search on one byte: a lead byte (E4–E9) opens nearly every character,
/// and even a continuation byte recurs every couple of hundred bytes, so `memchr` on either
/// stops, returns and is called again several times a paragraph (the section outline's literal
/// test, which now reads the linter's literal scan and searches this way only when checking a
/// rule on its own, was a twentieth of a run that way). Two adjacent bytes of the needle recur
/// about once in ten thousand bytes, so a vector test for the pair rarely stops at all; the rest
/// of the needle is compared only where it does (the "packed pair" filter of Rust's `memchr`).
enum ByteSearch {
  /// Whether `haystack` contains `needle`.
  static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
    guard needle.count >= 2 else {
      guard let only = needle.first else { return true }
      guard let base = haystack.baseAddress else { return false }
      return memchr(base, Int32(only), haystack.count) != nil
    }
    guard haystack.count >= needle.count else { return false }
    // The needle's last two bytes: for Chinese text, two continuation bytes or one and a lead.
    let pairOffset = needle.count - 2
    return needle.withUnsafeBytes { needleBytes in
      forEachPair(needleBytes[pairOffset], needleBytes[pairOffset + 1], in: haystack, from: pairOffset) { at in
        memcmp(haystack.baseAddress! + at - pairOffset, needleBytes.baseAddress!, pairOffset) == 0
      }
    }
  }

  /// Calls `body` with each offset from `start` on where `first` is followed by `second`, in
  /// ascending order, until it returns true; returns whether it did.
  @inline(__always)
  static func forEachPair(
    _ first: UInt8, _ second: UInt8, in haystack: UnsafeRawBufferPointer, from start: Int, _ body: (Int) -> Bool
  ) -> Bool {
    guard let base = haystack.baseAddress else { return false }
    let count = haystack.count
    var index = start
    // 64 pair positions a step: the bytes at index…index+63 and those one on.
    while index + 65 <= count {
      var found =
        ByteMask.matching(ByteMask.load64(base, index), mask: 0xFF, value: first)
        & ByteMask.matching(ByteMask.load64(base, index + 1), mask: 0xFF, value: second)
      while found != 0 {
        if body(index + found.trailingZeroBitCount) { return true }
        found &= found - 1
      }
      index += 64
    }
    while index + 2 <= count {
      if base.load(fromByteOffset: index, as: UInt8.self) == first,
        base.load(fromByteOffset: index + 1, as: UInt8.self) == second, body(index)
      {
        return true
      }
      index += 1
    }
    return false
  }
}
