#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Memory for a large table read at random, in 2 MB pages where the system allows it
/// (Linux's transparent huge pages, asked for with madvise). The shared scan's table is 5 MB
/// read a few rows at a time all over: in 4 KB pages, building it took 1,300 page faults at
/// every start, and the scan's reads missed the TLB.
enum HugePages {
  /// A huge page's size, and the alignment a region needs to be given them.
  static let size = 2 << 20

  /// An anonymous mapping: where it begins (`base`, `length`, for munmap) and the aligned start
  /// of the usable bytes.
  struct Mapping {
    var base: UnsafeMutableRawPointer
    var length: Int
    var start: UnsafeMutableRawPointer
  }

  /// Zeroed memory for `bytes` bytes on a huge-page boundary, marked for huge pages; nil for
  /// tables under one huge page (they would waste most of it) and where there is no such thing.
  static func map(bytes: Int) -> Mapping? {
    #if os(Linux)
      guard bytes >= size else { return nil }
      let length = bytes + size
      let base = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0)
      guard let base, base != MAP_FAILED else { return nil }
      let address = Int(bitPattern: base)
      let start = UnsafeMutableRawPointer(bitPattern: (address + size - 1) & ~(size - 1))!
      // Advice only: where the kernel gives no huge pages, the table has ordinary ones.
      _ = madvise(start, bytes, MADV_HUGEPAGE)
      return Mapping(base: base, length: length, start: start)
    #else
      return nil
    #endif
  }

  static func unmap(_ mapping: Mapping) {
    munmap(mapping.base, mapping.length)
  }
}
