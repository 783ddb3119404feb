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

  /// The message part: `%` first (so later escapes are not escaped again), then CR and LF, as
  /// the runner's `toolkit/core` `escapeData` does.
  static func escapeData(_ text: String) -> String {
    text.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
  }

  /// A property value also escapes `:` and `,`, which would otherwise end the value.
  static func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
  }
}

extension String {
  /// Replaces every occurrence of one scalar, without Foundation (the core stays portable).
  fileprivate func replacingAll(_ target: Unicode.Scalar, _ replacement: String) -> String {
    var result = ""
    for scalar in unicodeScalars {
      if scalar == target { result += replacement } else { result.unicodeScalars.append(scalar) }
    }
    return result
  }
}
