import Foundation

/// Whether bytes contain a short byte string, found with the C library's vectorized `memchr` on
/// the needle's last byte (for Chinese text a continuation byte, rarer than a lead byte) and a
/// compare where it stops. `memmem` would do, but Glibc's module does not export it.
enum ByteSearch {
  static func contains(_ haystack: UnsafeRawBufferPointer, _ needle: [UInt8]) -> Bool {
    guard let last = needle.last else { return true }
    guard let base = haystack.baseAddress, haystack.count >= needle.count else { return false }
    let lastOffset = needle.count - 1
    var from = lastOffset
    while from < haystack.count, let found = memchr(base + from, Int32(last), haystack.count - from) {
      let end = base.distance(to: UnsafeRawPointer(found))
      // The byte before first, compared here: the last byte alone stops memchr often in Chinese
      // text (a continuation byte), and most stops fail on it without a call to memcmp.
      let matches =
        lastOffset == 0
        || (haystack[end - 1] == needle[lastOffset - 1]
          && needle.withUnsafeBytes { memcmp(base + end - lastOffset, $0.baseAddress!, lastOffset) == 0 })
      if matches { return true }
      from = end + 1
    }
    return false
  }
}
