/// Counts over a whole run.
public struct LintSummary: Sendable, Hashable {
  public var files = 0
  public var errors = 0
  public var warnings = 0
  public var infos = 0
  public var problems = 0

  public init(_ reports: [FileReport] = []) {
    for report in reports { add(report) }
  }

  /// Counts one more file, so a streaming run can keep the summary without keeping the reports.
  public mutating func add(_ report: FileReport) {
    files += 1
    problems += report.problems.count
    // By index, reading only the severity: a loop over the findings by value copied each whole
    // (a retain and a release for every string in it), 15,000 times for the 10 MB bench.
    for index in report.diagnostics.indices {
      switch report.diagnostics[index].severity {
      case .error: errors += 1
      case .warning: warnings += 1
      case .info: infos += 1
      }
    }
  }

  /// Adds the counts of another part of the run (a file summed up on a worker thread).
  public mutating func add(_ other: LintSummary) {
    files += other.files
    errors += other.errors
    warnings += other.warnings
    infos += other.infos
    problems += other.problems
  }
}
