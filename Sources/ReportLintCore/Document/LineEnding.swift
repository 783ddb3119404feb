import Foundation

/// The line endings a file uses. The text keeps its own line ends byte for byte; this is what a
/// fix that inserts a line must write.
public enum LineEnding: String, Sendable, Hashable {
  case lf
  case crlf
  /// Both LF and CRLF occur.
  case mixed
  /// The file has one line and no line end.
  case none

  /// Classifies the line ends of UTF-8 (or any ASCII-compatible) bytes. Every file is classified
  /// whole, so the line feeds are found with the C library's vectorized `memchr`.
  static func detect(in bytes: [UInt8]) -> LineEnding {
    var lf = 0
    var crlf = 0
    bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      var index = 0
      while index < buffer.count, let found = memchr(base + index, 0x0A, buffer.count - index) {
        index = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        if index > 0 && buffer[index - 1] == 0x0D { crlf += 1 } else { lf += 1 }
        index += 1
      }
    }
    switch (lf, crlf) {
    case (0, 0): return .none
    case (_, 0): return .lf
    case (0, _): return .crlf
    default: return .mixed
    }
  }

  /// The bytes a new line end should take.
  public var bytes: [UInt8] { self == .crlf ? [0x0D, 0x0A] : [0x0A] }
}
