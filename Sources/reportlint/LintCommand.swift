import ArgumentParser
import Foundation
import ReportLintCore

struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint", abstract: "检查文件并报告问题 (lint files and folders).")

  @Argument(help: "Files and folders (folders are walked for .txt and .md).")
  var paths: [String] = []

  @Option(help: "Output format.")
  var format: OutputFormat = .text

  @OptionGroup var rules: RuleOptions

  @Flag(help: "Read the document from standard input.")
  var stdin = false

  @Option(help: ArgumentHelp("The name to report for standard input.", valueName: "NAME"))
  var stdinFilename = "<stdin>"

  func validate() throws {
    if !stdin && paths.isEmpty { throw ValidationError("give files or folders to lint, or --stdin") }
    if stdin && !paths.isEmpty { throw ValidationError("--stdin takes no paths") }
  }

  func run() throws {
    let session = rules.session()
    var reports: [FileReport]
    var missing: [String] = []
    if stdin {
      let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
      do {
        reports = [session.lint(try SourceLoader.document(path: stdinFilename, bytes: bytes))]
      } catch {
        reports = [.failed(stdinFilename, error.description)]
      }
    } else {
      (reports, missing) = session.lint(paths: paths)
    }
    for path in missing { Output.error("reportlint: \(path): no such file or folder") }
    for report in reports {
      for problem in report.problems { Output.error("reportlint: \(report.path): \(problem)") }
    }
    Output.write(format.reporter().report(reports))
    if let timings = RuleTimings.shared { Output.error(timings.report()) }
    let summary = LintSummary(reports)
    if !session.loadErrors.isEmpty || !missing.isEmpty || summary.problems > 0 {
      throw ExitCode(ExitStatus.usageOrIO)
    }
    throw ExitCode(summary.errors > 0 ? ExitStatus.findings : ExitStatus.clean)
  }
}
