import XCTest

@testable import ReportLintCore

/// Each rule appends its findings to the linter's one list, which is then sorted: the report's
/// order must be that of the rules' findings taken in rule order and sorted stably by range and
/// rule ID, ties of range included.
final class LinterOrderTests: XCTestCase {
  struct FixedRule: Rule {
    let descriptor: RuleDescriptor
    let findings: [Diagnostic]
    func check(_ document: Document, context: LintContext, into found: inout [Diagnostic]) throws {
      found += findings
    }
  }

  static func descriptor(_ id: String) -> RuleDescriptor {
    RuleDescriptor(
      id: id, pack: "test", kind: "pattern", message: MessageTemplate("{match}"), severity: .warning,
      profiles: Set(Profile.allCases), description: "", link: nil, fixSafety: .safe, examples: RuleExamples(), file: "")
  }

  func testFindingsOfSeveralRulesKeepTheirOrder() {
    var generator = SystemRandomNumberGenerator()
    let document = Document(path: "a.txt", string: "一二三四五六七八九十\n")
    let ranges: [ByteRange] = [0..<3, 0..<6, 3..<6, 6..<9]
    for _ in 0..<300 {
      let rules = (0..<Int.random(in: 1..<5, using: &generator)).map { number in
        // IDs in no particular order, so the rule order and the ID order differ.
        let id = "test.rule-\(Int.random(in: 0..<1000, using: &generator))-\(number)"
        let findings = (0..<Int.random(in: 0..<6, using: &generator)).map { index in
          Diagnostic(
            ruleID: id, severity: .warning, message: "\(id) #\(index)", range: ranges.randomElement(using: &generator)!)
        }
        return FixedRule(descriptor: Self.descriptor(id), findings: findings)
      }
      let expected = rules.flatMap(\.findings).enumerated().sorted { left, right in
        let (a, b) = (left.element, right.element)
        if a.range.lowerBound != b.range.lowerBound { return a.range.lowerBound < b.range.lowerBound }
        if a.range.upperBound != b.range.upperBound { return a.range.upperBound < b.range.upperBound }
        if a.ruleID != b.ruleID { return a.ruleID < b.ruleID }
        return left.offset < right.offset
      }.map { $0.element.message }
      let report = Linter(rules: rules, sharedLiteralScan: false).lint(document, profile: .draft)
      XCTAssertEqual(report.diagnostics.map(\.message), expected)
    }
  }
}
