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
    switch self {
    case .text: return TextReporter(color: Output.useColor)
    case .json: return JSONReporter()
    case .sarif: return SARIFReporter()
    case .github: return GitHubReporter()
    case .junit: return JUnitReporter()
    case .checkstyle: return CheckstyleReporter()
    }
  }
}
