import Foundation

/// Writes to stdout and stderr in one piece each, so parallel work never interleaves lines.
enum Output {
  static func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Straight from the array with `write(2)`: wrapping it in `Data` first copied every byte of a
  /// run's output once more.
  static func write(bytes: [UInt8]) {
    bytes.withUnsafeBytes { buffer in
      var written = 0
      while written < buffer.count {
        let count = Foundation.write(STDOUT_FILENO, buffer.baseAddress! + written, buffer.count - written)
        // Interrupted, or a non-blocking pipe that is full for now: try again.
        if count < 0 && (errno == EINTR || errno == EAGAIN) { continue }
        // Standard output is gone (a closed pipe): nothing more can be shown.
        guard count > 0 else { return }
        written += count
      }
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
