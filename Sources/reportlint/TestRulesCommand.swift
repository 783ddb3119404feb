import ArgumentParser
import ReportLintCore

struct TestRulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "test-rules",
    abstract: "运行规则示例 (run the examples of every rule in a folder, for rule authors).")

  @Argument(help: "A folder of packs, or one pack; the built-in packs when omitted.")
  var directory: String?

  func run() throws {
    let session = LintSession(
      ruleDirectories: directory.map { [$0] } ?? [], builtinRules: directory == nil)
    for error in session.loadErrors { Output.error("reportlint: \(error)") }
    let runner = RuleExampleRunner()
    var failed = 0
    for rule in session.linter.rules {
      let failures = runner.run(rule)
      if failures.isEmpty { continue }
      failed += 1
      for failure in failures { Output.write("FAIL \(failure)\n") }
    }
    let total = session.linter.rules.count
    Output.write("\(total - failed) passed, \(failed) failed\n")
    if !session.loadErrors.isEmpty { throw ExitCode(ExitStatus.usageOrIO) }
    if failed > 0 { throw ExitCode(ExitStatus.findings) }
  }
}
