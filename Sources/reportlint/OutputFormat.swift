import ArgumentParser
import ReportLintCore

/// The output formats of `--format`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json
  case sarif
  case github
  case junit
  case checkstyle

  func reporter() -> any Reporter {
    reporters().reporter
  }

  /// The format's reporter, and the same as a `StreamingReporter` when it prints each file as it
  /// is linted (nil for one that prints the run as a whole). Said here, not asked of the reporter
  /// by a cast: `as? StreamingReporter` searched the process's conformance records, 0.5 of the
  /// 64 million instructions a start took.
  func reporters() -> (reporter: any Reporter, streaming: (any StreamingReporter)?) {
    switch self {
    case .text:
      let reporter = TextReporter(color: Output.useColor)
      return (reporter, reporter)
    case .json:
      let reporter = JSONReporter()
      return (reporter, reporter)
    case .sarif: return (SARIFReporter(), nil)
    case .github: return (GitHubReporter(), nil)
    case .junit: return (JUnitReporter(), nil)
    case .checkstyle: return (CheckstyleReporter(), nil)
    }
  }
}
