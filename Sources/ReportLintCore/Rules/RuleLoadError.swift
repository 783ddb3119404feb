/// A rule file that cannot be used, with the file and (where known) the line at fault.
public struct RuleLoadError: Error, Sendable, Equatable, CustomStringConvertible {
  public let file: String
  public let line: Int?
  public let message: String

  public init(file: String, line: Int?, message: String) {
    self.file = file
    self.line = line
    self.message = message
  }

  public var description: String {
    if let line { return "\(file):\(line): \(message)" }
    return "\(file): \(message)"
  }
}
