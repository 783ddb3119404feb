import Foundation

/// Writes to stdout and stderr in one piece each, so parallel work never interleaves lines.
enum Output {
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { write(UnsafeRawBufferPointer($0)) }
  }

  /// Straight from the array with `write(2)`: wrapping it in `Data` first copied every byte of a
  /// run's output once more.
  static func write(bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in write(buffer) }
  }

  /// The most buffers `write(parts:)` is given at once (well under any system's IOV_MAX).
  static let partsPerWrite = 64

  /// `parts` one after the other with `writev(2)`, without joining them into one array first
  /// (every byte of the output would be copied once more).
  static func write(parts: [[UInt8]]) {
    precondition(parts.count <= partsPerWrite, "at most \(partsPerWrite) parts a write")
    var vectors: [iovec] = []
    vectors.reserveCapacity(parts.count)
    // Each part's storage stays pinned while the closures below it are open. The vectors go
    // down as an argument: captured by the recursive function, each append was checked for
    // exclusive access at run time (two calls into the runtime a file).
    func pin(_ index: Int, _ vectors: inout [iovec]) {
      guard index < parts.count else { return writeAll(&vectors) }
      parts[index].withUnsafeBytes { bytes in
        vectors.append(iovec(iov_base: UnsafeMutableRawPointer(mutating: bytes.baseAddress), iov_len: bytes.count))
        pin(index + 1, &vectors)
      }
    }
    pin(0, &vectors)
  }

  /// Writes every buffer `vectors` points at, in order, continuing after short writes; stops
  /// when standard output is gone (a closed pipe): nothing more can be shown.
  private static func writeAll(_ vectors: inout [iovec]) {
    var first = 0
    while first < vectors.count {
      guard
        let written = vectors.withUnsafeMutableBufferPointer({ buffer in
          retrying { writev(STDOUT_FILENO, buffer.baseAddress! + first, Int32(buffer.count - first)) }
        })
      else { return }
      // Past the buffers written whole, then into the one written in part.
      var left = written
      while first < vectors.count && left >= vectors[first].iov_len {
        left -= vectors[first].iov_len
        first += 1
      }
      if left > 0 {
        vectors[first].iov_base += left
        vectors[first].iov_len -= left
      }
    }
  }

  /// Whether standard output is a terminal, where output should appear as soon as it is made.
  static var isTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

  /// Writes all of `buffer`, as one part.
  private static func write(_ buffer: UnsafeRawBufferPointer) {
    var vectors = [iovec(iov_base: UnsafeMutableRawPointer(mutating: buffer.baseAddress), iov_len: buffer.count)]
    writeAll(&vectors)
  }

  /// Calls `write` again while it is interrupted or refused for now (a non-blocking pipe that is
  /// full); the bytes it wrote, or nil when standard output is gone (a closed pipe): nothing more
  /// can be shown.
  private static func retrying(_ write: () -> Int) -> Int? {
    while true {
      let count = write()
      if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
      return count > 0 ? count : nil
    }
  }

  static func error(_ text: String) {
    FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
  }

  /// Colour only on a terminal, and never when NO_COLOR is set.
  static var useColor: Bool {
    isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }
}
