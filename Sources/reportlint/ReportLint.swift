import ArgumentParser
import ReportLintCore

struct ReportLint: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "reportlint",
    abstract: "检查、修正中文汇报材料、工作总结、请示和报告。Lint Chinese official reports.",
    discussion: """
      Exit status: 0 no error-level finding; 1 error-level findings; 2 usage, configuration or I/O error.
      """,
    version: ReportContext.defaultToolVersion,
    subcommands: [LintCommand.self, FixCommand.self, RedactCommand.self, RulesCommand.self, ExplainCommand.self, TestRulesCommand.self],
    defaultSubcommand: LintCommand.self
  )
}
