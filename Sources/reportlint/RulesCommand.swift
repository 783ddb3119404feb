import ArgumentParser
import ReportLintCore

struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules", abstract: "列出规则 (list the rules).")

  @Option(help: "Only this pack.")
  var pack: String?

  @OptionGroup var rules: RuleOptions

  func run() throws {
    let session = rules.session()
    var lines: [String] = []
    for rule in session.linter.rules where pack == nil || rule.descriptor.pack == pack {
      let descriptor = rule.descriptor
      let profiles = descriptor.profiles.count == Profile.allCases.count
        ? "" : " [\(descriptor.profiles.map(\.rawValue).sorted().joined(separator: ","))]"
      lines.append("\(descriptor.id)  \(descriptor.severity.rawValue)\(profiles)  \(descriptor.description)")
    }
    Output.write(lines.sorted().joined(separator: "\n") + (lines.isEmpty ? "" : "\n"))
    if !session.loadErrors.isEmpty { throw ExitCode(ExitStatus.usageOrIO) }
    if lines.isEmpty, let pack {
      Output.error("reportlint: no pack named \(pack)")
      throw ExitCode(ExitStatus.usageOrIO)
    }
  }
}
