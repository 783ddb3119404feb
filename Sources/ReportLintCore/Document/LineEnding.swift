/// The line endings a file uses. The text keeps its own line ends byte for byte; this is what a
/// fix that inserts a line must write.
public enum LineEnding: String, Sendable, Hashable {
  case lf
  case crlf
  /// Both LF and CRLF occur.
  case mixed
  /// The file has one line and no line end.
  case none

  /// Classifies the line ends of UTF-8 (or any ASCII-compatible) bytes.
  static func detect(in bytes: [UInt8]) -> LineEnding {
    detect(in: bytes, lineStarts: LineIndex(text: bytes).lineStarts)
  }

  /// Classifies the line ends of `bytes` from where its lines start (each after a line feed):
  /// a document's line index has them, so its text is not searched for line feeds again.
  static func detect(in bytes: [UInt8], lineStarts: [Int]) -> LineEnding {
    var lf = 0
    var crlf = 0
    for start in lineStarts.dropFirst() {
      if start >= 2 && bytes[start - 2] == 0x0D { crlf += 1 } else { lf += 1 }
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
