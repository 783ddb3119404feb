/// How serious a finding is. Errors make `lint` exit with status 1.
public enum Severity: String, Sendable, Hashable, Comparable, CaseIterable {
  case error
  case warning
  case info

  private var rank: Int {
    switch self {
    case .error: return 2
    case .warning: return 1
    case .info: return 0
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }

  /// The word shown in text output.
  public var label: String { rawValue }
}
