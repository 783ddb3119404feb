import Foundation

/// Writes to stdout and stderr in one piece each, so parallel work never interleaves lines.
enum Output {
  static func write(_ text: String) {
    var text = text
    text.withUTF8 { _ = write(UnsafeRawBufferPointer($0)) }
  }

  /// Straight from the array with `write(2)`: wrapping it in `Data` first copied every byte of a
  /// run's output once more.
  static func write(bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in _ = write(buffer) }
  }

  /// `first` then `second` in one `writev(2)`, without joining them into one array first (a
  /// file's part came after its separator that way, every byte of the output copied once more).
  static func write(bytes first: [UInt8], then second: [UInt8]) {
    first.withUnsafeBytes { first in
      second.withUnsafeBytes { second in
        var vectors = [
          iovec(iov_base: UnsafeMutableRawPointer(mutating: first.baseAddress), iov_len: first.count),
          iovec(iov_base: UnsafeMutableRawPointer(mutating: second.baseAddress), iov_len: second.count),
        ]
        guard let written = retrying({ writev(STDOUT_FILENO, &vectors, 2) }) else { return }
        // A short write: the rest, one buffer after the other.
        let fromFirst = min(written, first.count)
        guard write(UnsafeRawBufferPointer(rebasing: first[fromFirst...])) else { return }
        _ = write(UnsafeRawBufferPointer(rebasing: second[(written - fromFirst)...]))
      }
    }
  }

  /// Writes all of `buffer`; false when standard output is gone.
  private static func write(_ buffer: UnsafeRawBufferPointer) -> Bool {
    var written = 0
    while written < buffer.count {
      guard let count = retrying({ Foundation.write(STDOUT_FILENO, buffer.baseAddress! + written, buffer.count - written) })
      else { return false }
      written += count
    }
    return true
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
    isatty(STDOUT_FILENO) != 0 && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
  }
}
