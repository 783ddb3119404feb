/// `--format github`: GitHub Actions workflow commands, which the runner turns into annotations
/// on the pull request's changed lines:
/// `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
public struct GitHubReporter: Reporter {
  public static let identifier = "github"

  public init() {}

  public func report(_ files: [FileReport]) -> String {
    var output = ""
    for file in files {
      for located in file.located {
        let diagnostic = located.diagnostic
        let properties = [
          ("file", file.path), ("line", "\(located.start.line)"), ("col", "\(located.start.column)"),
          ("endLine", "\(located.end.line)"), ("endColumn", "\(located.end.column)"),
          ("title", diagnostic.ruleID),
        ].map { "\($0.0)=\(Self.escapeProperty($0.1))" }
        output += "::\(Self.command(diagnostic.severity)) \(properties.joined(separator: ","))::"
        output += Self.escapeData(diagnostic.message) + "\n"
      }
    }
    return output
  }

  static func command(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "notice"
    }
  }

  /// The message part: `%`, CR and LF, as the runner's `toolkit/core` `escapeData` does.
  static func escapeData(_ text: String) -> String { percentEscaped(text, separators: false) }

  /// A property value also escapes `:` and `,`, which would otherwise end the value.
  static func escapeProperty(_ text: String) -> String { percentEscaped(text, separators: true) }

  /// One pass over the bytes (the runner escapes `%` first so that no escape is escaped again;
  /// a single pass never revisits what it wrote). Text with nothing to escape is returned as is.
  private static func percentEscaped(_ text: String, separators: Bool) -> String {
    func escape(_ byte: UInt8) -> String? {
      switch byte {
      case UInt8(ascii: "%"): return "%25"
      case UInt8(ascii: "\r"): return "%0D"
      case UInt8(ascii: "\n"): return "%0A"
      case UInt8(ascii: ":") where separators: return "%3A"
      case UInt8(ascii: ",") where separators: return "%2C"
      default: return nil
      }
    }
    guard text.utf8.contains(where: { escape($0) != nil }) else { return text }
    var bytes: [UInt8] = []
    bytes.reserveCapacity(text.utf8.count + 16)
    for byte in text.utf8 {
      if let escaped = escape(byte) { bytes.append(utf8: escaped) } else { bytes.append(byte) }
    }
    return String(decoding: bytes, as: UTF8.self)
  }
}
