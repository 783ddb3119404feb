import Dispatch
import PCRE2

/// Runs rules over documents. Holds compiled rules only, so one linter serves every thread.
public struct Linter: Sendable {
  public let rules: [any Rule]
  /// The rules' descriptors, read once: going through the existential for each rule and each
  /// document copied every descriptor's strings.
  private let ruleDescriptors: [RuleDescriptor]
  /// Every rule's literals in one automaton; nil runs each rule on its own scan (the reference
  /// the shared scan is tested against).
  private let literalScan: LiteralScan?
  /// Whether each rule finds nothing where none of its literals occur: not called there.
  private let findsNothingWithoutLiterals: [Bool]
  /// The rules each profile runs when the configuration sets no rule, which is nearly always; one
  /// field a profile, not a dictionary by profile: hashing the profile's name cost 310
  /// instructions a file.
  private let draftRules: [(index: Int, severity: Severity)]
  private let redactedRules: [(index: Int, severity: Severity)]

  public init(rules: [any Rule], sharedLiteralScan: Bool = true) {
    self.rules = rules
    let descriptors = rules.map(\.descriptor)
    ruleDescriptors = descriptors
    literalScan = sharedLiteralScan ? LiteralScan(rules: rules) : nil
    findsNothingWithoutLiterals = rules.map { $0.findsNothingWithoutLiterals }
    func runByDefault(in profile: Profile) -> [(index: Int, severity: Severity)] {
      descriptors.indices.filter { descriptors[$0].profiles.contains(profile) }.map { ($0, descriptors[$0].severity) }
    }
    draftRules = runByDefault(in: .draft)
    redactedRules = runByDefault(in: .redacted)
  }

  /// Every rule a finding may name: the loaded rules and the linter's own
  /// (`reportlint.unused-suppression`), for reporters that describe rules (SARIF).
  public var descriptors: [RuleDescriptor] {
    ruleDescriptors + [SuppressionFilter.unusedDescriptor]
  }

  /// The rules that run for `profile` under `configuration`, each with its severity.
  public func activeRules(profile: Profile, configuration: Configuration) -> [(rule: any Rule, severity: Severity)] {
    activeRuleIndices(profile: profile, configuration: configuration).map { (rules[$0.index], $0.severity) }
  }

  private func activeRuleIndices(profile: Profile, configuration: Configuration) -> [(index: Int, severity: Severity)] {
    let active: [(index: Int, severity: Severity)]
    switch profile {
    case .draft: active = draftRules
    case .redacted: active = redactedRules
    }
    guard !configuration.rules.isEmpty else { return active }
    return active.compactMap { index, severity in
      switch configuration.setting(for: ruleDescriptors[index]) {
      case .off: return nil
      case .severity(let configured): return (index, configured)
      case nil: return (index, severity)
      }
    }
  }

  /// Lints one document. A rule that fails is reported as a problem; the other rules still run.
  public func lint(
    _ document: Document, profile: Profile, configuration: Configuration = Configuration(),
    matchContext: MatchContext = .shared
  ) -> FileReport {
    var context = LintContext(
      profile: profile, matchContext: matchContext, documentKind: configuration.documentKind)
    let scanStart = RuleTimings.shared == nil ? nil : DispatchTime.now()
    let hitsByRule = literalScan?.hitsByRule(in: document.text)
    if let scanStart { RuleTimings.shared?.add("(shared literal scan)", since: scanStart) }
    context.runInHits = hitsByRule?.runInHits
    var diagnostics: [Diagnostic] = []
    // Room for the findings of most documents, taken once: grown from one, the list was
    // reallocated five or six times a document.
    diagnostics.reserveCapacity(32)
    var problems: [String] = []
    for (index, severity) in activeRuleIndices(profile: profile, configuration: configuration) {
      if findsNothingWithoutLiterals[index], let hitsByRule, !hitsByRule.hasHits(forRule: index) { continue }
      context.literalHits = hitsByRule?.hits(forRule: index)
      let start = RuleTimings.shared == nil ? nil : DispatchTime.now()
      defer { if let start { RuleTimings.shared?.add(ruleDescriptors[index].id, since: start) } }
      // Each rule appends to the one list: the sort below orders findings of different rules
      // (rule IDs are unique, and decide a tie of ranges), and keeps each rule's own in theirs.
      let first = diagnostics.count
      do {
        // Called in place: binding the rule first copies the existential, every rule, every file.
        try rules[index].check(document, context: context, into: &diagnostics)
      } catch {
        // A rule that fails reports nothing but the failure.
        diagnostics.removeLast(diagnostics.count - first)
        problems.append("\(error)")
        continue
      }
      guard diagnostics.count > first else { continue }
      diagnostics.removeAll(from: first) { document.isIgnored($0.range) }
      // Changed in place: iterating the findings by value copied each (a retain and a release
      // for every string in it); through the buffer, not a uniqueness test at each.
      diagnostics.withUnsafeMutableBufferPointer { findings in
        for finding in first..<findings.count { findings[finding].severity = severity }
      }
    }
    diagnostics = SuppressionFilter.apply(diagnostics, document: document, configuration: configuration)
    // Field by field: comparing tuples built each time copied both rule IDs (a retain and a
    // release each) at every comparison, though the positions nearly always decide. Moved once
    // each: a finding is 88 bytes.
    diagnostics.sortMovingOnce { left, right in
      if left.range.lowerBound != right.range.lowerBound { return left.range.lowerBound < right.range.lowerBound }
      if left.range.upperBound != right.range.upperBound { return left.range.upperBound < right.range.upperBound }
      return left.ruleID < right.ruleID
    }
    return FileReport(
      path: document.path, source: document.source, diagnostics: diagnostics, problems: problems,
      document: document)
  }
}
