/// Why a file could not be read as text. The message is shown with the file's path.
public enum LoadError: Error, Sendable, Equatable, CustomStringConvertible {
  case unreadable(String)
  case binaryOrUnknownEncoding
  case tooLarge(bytes: Int, limit: Int)

  public var description: String {
    switch self {
    case .unreadable(let reason): return "cannot read the file: \(reason)"
    case .binaryOrUnknownEncoding:
      return "binary or unknown encoding (not UTF-8, UTF-16 with BOM or GB18030); skipped"
    case .tooLarge(let bytes, let limit):
      return "file too large (\(bytes) bytes; the limit is \(limit)); skipped"
    }
  }
}
