import Dispatch
import PCRE2

/// Runs rules over documents. Holds compiled rules only, so one linter serves every thread.
public struct Linter: Sendable {
  public let rules: [any Rule]

  public init(rules: [any Rule]) {
    self.rules = rules
  }

  /// The rules that run for `profile` under `configuration`, each with its severity.
  public func activeRules(profile: Profile, configuration: Configuration) -> [(rule: any Rule, severity: Severity)] {
    rules.compactMap { rule in
      guard rule.descriptor.profiles.contains(profile) else { return nil }
      switch configuration.setting(for: rule.descriptor) {
      case .off: return nil
      case .severity(let severity): return (rule, severity)
      case nil: return (rule, rule.descriptor.severity)
      }
    }
  }

  /// Lints one document. A rule that fails is reported as a problem; the other rules still run.
  public func lint(
    _ document: Document, profile: Profile, configuration: Configuration = Configuration(),
    matchContext: MatchContext = .shared
  ) -> FileReport {
    let context = LintContext(
      profile: profile, matchContext: matchContext, documentKind: configuration.documentKind)
    var diagnostics: [Diagnostic] = []
    var problems: [String] = []
    for (rule, severity) in activeRules(profile: profile, configuration: configuration) {
      let start = RuleTimings.shared == nil ? nil : DispatchTime.now()
      defer { if let start { RuleTimings.shared?.add(rule.id, since: start) } }
      do {
        for var diagnostic in try rule.check(document, context: context)
        where !document.isIgnored(diagnostic.range) {
          diagnostic.severity = severity
          diagnostics.append(diagnostic)
        }
      } catch {
        problems.append("\(error)")
      }
    }
    diagnostics.sort {
      ($0.range.lowerBound, $0.range.upperBound, $0.ruleID) < ($1.range.lowerBound, $1.range.upperBound, $1.ruleID)
    }
    return FileReport(
      path: document.path, source: document.source, diagnostics: diagnostics, problems: problems,
      document: document)
  }
}
