import ArgumentParser
import ReportLintCore

struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain", abstract: "说明一条规则及其示例 (describe a rule and its examples).")

  @Argument(help: "The rule id, e.g. typos.confusables.")
  var ruleID: String

  @OptionGroup var rules: RuleOptions

  func run() throws {
    let session = rules.session()
    guard let rule = session.linter.rules.first(where: { $0.id == ruleID }) else {
      Output.error("reportlint: no rule named \(ruleID) (see `reportlint rules`)")
      throw ExitCode(ExitStatus.usageOrIO)
    }
    let descriptor = rule.descriptor
    var text = "\(descriptor.id)  (\(descriptor.kind), \(descriptor.severity.rawValue))\n\n"
    text += "\(descriptor.description)\n"
    if let link = descriptor.link { text += "参见：\(link)\n" }
    text += "\n提示信息：\(descriptor.message.source)\n"
    text += "适用：\(descriptor.profiles.map(\.rawValue).sorted().joined(separator: ", "))"
    text += descriptor.fixSafety == .safe ? "；可自动修复\n" : "；修复仅为建议\n"
    let examples = descriptor.examples
    if !examples.valid.isEmpty {
      text += "\n正确：\n" + examples.valid.map { "  ✓ \($0)\n" }.joined()
    }
    text += "\n错误：\n" + examples.invalid.map { "  ✗ \($0.replacingOccurrences(of: "↓", with: ""))\n" }.joined()
    if !examples.fixes.isEmpty {
      text += "\n修复：\n" + examples.fixes.map { "  \($0.before)\n  → \($0.after)\n" }.joined()
    }
    Output.write(text)
  }
}
