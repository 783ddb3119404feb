#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Reads a whole regular file into a byte array with `open`, `fstat` and `read`: one copy, where
/// `Data(contentsOf:)` then `[UInt8](data)` makes a URL, maps the file and copies it again.
enum RegularFileReader {
  /// The file's bytes, or nil when it is not a regular file that could be read in full, or it is
  /// larger than `limit` (the caller then takes the slower path that explains why).
  static func contents(of path: String, limit: Int) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY | O_CLOEXEC)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG, info.st_size <= limit else { return nil }
    let size = Int(info.st_size)
    var complete = false
    // One byte more than the size, so a file that grew since `fstat` is noticed. A read that
    // brings the file to its size while asking for more has met its end: a regular file reads
    // short only there, so asking again only to be told so (a system call a file) is left out.
    let bytes = [UInt8](unsafeUninitializedCapacity: size + 1) { buffer, initialized in
      while initialized < buffer.count {
        let count = read(descriptor, buffer.baseAddress! + initialized, buffer.count - initialized)
        if count < 0 && errno == EINTR { continue }
        if count <= 0 {
          complete = count == 0 && initialized == size
          return
        }
        initialized += count
        if initialized == size && size > 0 {
          complete = true
          return
        }
      }
    }
    return complete ? bytes : nil
  }
}
