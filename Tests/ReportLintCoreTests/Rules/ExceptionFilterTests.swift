import XCTest

@testable import ReportLintCore

/// Exceptions analysed (`PatternPrefilter`) are searched only on lines where their literals may
/// lie near a candidate; they must drop exactly the findings that searching every line with a
/// candidate drops (a run over little text, which does not analyse them).
final class ExceptionFilterTests: XCTestCase {
  static let yaml = """
    kind: substitution
    message: "“{match}”应为“{replacement}”"
    description: 测试。
    swap: {甲乙: 甲丙, 丁: 戊, 乙乙: 乙}
    exceptions:
      - '[子丑]甲乙[寅卯]'
      - '甲乙(?=丑)'
      - '(?<=子)丁'
      - '丁{2,3}子'
      - '乙乙乙|丑乙乙'
      - '^子*丁'
      - '丁(?:子丑寅|卯)?$'
      - '[子丑]+甲'
    examples: {invalid: [甲乙]}
    """

  static func rule(analysesPatterns: Bool) throws -> any Rule {
    try RuleFactory.make(
      RuleDefinition(
        pack: "test", name: "rule", file: "test/rule.yml", contents: yaml, packFiles: [:], defersExamples: false,
        tree: nil, packTrees: [:], analysesPatterns: analysesPatterns))
  }

  func testSameFindingsAsSearchingEveryLineWithACandidate() throws {
    let analysed = try Self.rule(analysesPatterns: true)
    let plain = try Self.rule(analysesPatterns: false)
    let alphabet = Array("甲乙丙丁子丑寅卯，\n")
    var generator = SystemRandomNumberGenerator()
    var findings = 0
    var dropped = 0
    for _ in 0..<2_000 {
      let length = Int.random(in: 0...60, using: &generator)
      let text = String((0..<length).map { _ in alphabet.randomElement(using: &generator)! })
      let document = Document(path: "t.txt", string: text)
      let expected = try plain.check(document, context: LintContext())
      XCTAssertEqual(try analysed.check(document, context: LintContext()), expected, text)
      findings += expected.count
      dropped += try (plain as! ExceptedRule).base.check(document, context: LintContext()).count - expected.count
    }
    // Both sides were exercised: findings kept, and findings exceptions dropped.
    XCTAssertGreaterThan(findings, 500)
    XCTAssertGreaterThan(dropped, 500)
  }
}
