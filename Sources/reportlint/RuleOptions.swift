import ArgumentParser
import ReportLintCore

/// Options every command that loads rules shares.
struct RuleOptions: ParsableArguments {
  @Option(name: .customLong("rules"), help: ArgumentHelp("Add the rule packs in DIR.", valueName: "DIR"))
  var ruleDirectories: [String] = []

  @Option(help: ArgumentHelp("Use this configuration file instead of the nearest .reportlint.yml.", valueName: "FILE"))
  var config: String?

  @Option(help: "draft (default): masks are unfilled placeholders; redacted: anything unmasked is a leak.")
  var profile: Profile?

  /// Loads the rules; rule and configuration errors are printed naming the file, and end the run
  /// with status 2 after the files are linted.
  /// `littleText`: the run lints little text (`LintSession.init`).
  func session(littleText: Bool = false) -> LintSession {
    Self.session(ruleDirectories: ruleDirectories, config: config, profile: profile, littleText: littleText)
  }

  static func session(ruleDirectories: [String], config: String?, profile: Profile?, littleText: Bool) -> LintSession {
    let session = LintSession(
      ruleDirectories: ruleDirectories, configurationPath: config, profile: profile, littleText: littleText)
    for error in session.loadErrors { Output.error("reportlint: \(error)") }
    return session
  }
}

extension Profile: ExpressibleByArgument {}
