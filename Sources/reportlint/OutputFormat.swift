import ArgumentParser
import ReportLintCore

/// The output formats of `--format`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case json

  func reporter() -> any Reporter {
    switch self {
    case .text: return TextReporter(color: Output.useColor)
    case .json: return JSONReporter()
    }
  }
}
