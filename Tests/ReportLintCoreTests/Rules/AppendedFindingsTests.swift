import Foundation
import PCRE2
import XCTest

@testable import ReportLintCore

/// The linter gathers every rule's findings in one list (`Rule.check(_:context:into:)`): a rule
/// appending there must append what it finds on its own, in the same order, and leave the
/// findings before its own alone, though it filters (exceptions) and sorts (pairs, consistency)
/// its own in place.
final class AppendedFindingsTests: XCTestCase {
  static func documents() throws -> [Document] {
    let fixtures = Golden.packageRoot.appendingPathComponent("Fixtures")
    let walker = try XCTUnwrap(FileManager.default.enumerator(atPath: fixtures.path))
    var documents: [Document] = []
    for case let name as String in walker where name.hasSuffix(".txt") || name.hasSuffix(".md") {
      if let document = try? SourceLoader.load(path: fixtures.appendingPathComponent(name).path) {
        documents.append(document)
      }
    }
    return documents
  }

  func testEachBuiltinRuleAppendsWhatItFindsAfterOtherFindings() throws {
    let rules = RulePackLoader.load([.builtin]).rules
    let documents = try Self.documents()
    XCTAssertGreaterThan(documents.count, 10)
    // Findings of other rules, lying after every finding of the documents: sorting from the
    // wrong place would move them behind the rule's own. (Filtering from the wrong place would
    // not show: no exception covers these ranges.)
    let before = (0..<3).map { index in
      Diagnostic(ruleID: "test.before", severity: .info, message: "before \(index)", range: (1 << 40)..<(1 << 40) + index)
    }
    var compared = 0
    for document in documents {
      for rule in rules {
        let alone = try rule.check(document, context: LintContext())
        var gathered = before
        try rule.check(document, context: LintContext(), into: &gathered)
        XCTAssertEqual(gathered, before + alone, "\(rule.id) on \(document.path)")
        compared += alone.count
      }
    }
    XCTAssertGreaterThan(compared, 100)
  }

  /// A rule that appends findings and then fails.
  struct FailingRule: Rule {
    let descriptor = LinterOrderTests.descriptor("test.failing")
    func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws {
      findings.append(Diagnostic(ruleID: "test.failing", severity: .error, message: "half done", range: 0..<3))
      throw RuleError(ruleID: "test.failing", underlying: PCRE2Error(kind: .matchLimit, code: -47))
    }
  }

  func testAFailingRulesFindingsAreDropped() {
    let document = Document(path: "a.txt", string: "一二三\n")
    let kept = LinterOrderTests.FixedRule(
      descriptor: LinterOrderTests.descriptor("test.kept"),
      findings: [Diagnostic(ruleID: "test.kept", severity: .warning, message: "kept", range: 3..<6)])
    let report = Linter(rules: [kept, FailingRule()], sharedLiteralScan: false).lint(document, profile: .draft)
    XCTAssertEqual(report.diagnostics.map(\.message), ["kept"])
    XCTAssertEqual(report.problems.count, 1)
  }

  // The severity the configuration sets is each of the rule's findings', and no other rule's.
  func testConfiguredSeverityReachesEachOfTheRulesFindings() {
    let document = Document(path: "a.txt", string: "一二三四五六\n")
    let rules = ["test.first", "test.second"].map { id in
      LinterOrderTests.FixedRule(
        descriptor: LinterOrderTests.descriptor(id),
        findings: (0..<3).map { Diagnostic(ruleID: id, severity: .warning, message: "\(id) \($0)", range: 3 * ($0 % 2)..<3) })
    }
    var configuration = Configuration()
    configuration.rules["test.second"] = .severity(.error)
    let report = Linter(rules: rules, sharedLiteralScan: false).lint(document, profile: .draft, configuration: configuration)
    XCTAssertEqual(report.diagnostics.count, 6)
    for finding in report.diagnostics {
      XCTAssertEqual(finding.severity, finding.ruleID == "test.second" ? .error : .warning, finding.message)
    }
  }
}
