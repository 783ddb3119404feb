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

  @OptionGroup(title: "CI") var ci: CIOptions

  @Flag(help: "Read the document from standard input.")
  var stdin = false

  @Option(help: ArgumentHelp("The name to report for standard input.", valueName: "NAME"))
  var stdinFilename = "<stdin>"

  func validate() throws {
    if let error = request.inputError { throw ValidationError(error) }
  }

  /// The run these arguments ask for.
  var request: LintRequest {
    LintRequest(
      paths: paths, format: format, ruleDirectories: rules.ruleDirectories, config: rules.config,
      profile: rules.profile, filesFrom: ci.filesFrom, jobs: ci.jobs, maxWarnings: ci.maxWarnings, quiet: ci.quiet,
      baseline: ci.baseline, writeBaseline: ci.writeBaseline, stdin: stdin, stdinFilename: stdinFilename)
  }

  func run() throws { try request.run() }
}
