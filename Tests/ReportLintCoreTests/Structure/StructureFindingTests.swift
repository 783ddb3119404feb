import XCTest
@testable import ReportLintCore

/// Each numbering and structure finding on its fixture, at its line and column; each trap silent.
final class StructureFindingTests: XCTestCase {
  func check(_ fixture: String, _ expected: [String], file: StaticString = #filePath, line: UInt = #line) throws {
    let document = try StructureTestSupport.document("Fixtures/structure/\(fixture)")
    XCTAssertEqual(try StructureTestSupport.findings(document), expected.sorted(), file: file, line: line)
  }

  func testSequence() throws {
    try check(
      "numbering-sequence.txt",
      [
        "numbering.sequence@4:1", "numbering.sequence@8:1", "numbering.enumeration-sequence@7:15",
        "numbering.enumeration-sequence@9:17",
      ])
  }

  func testForms() throws {
    try check(
      "numbering-forms.txt",
      [
        "numbering.form-chapter@1:1", "numbering.form-section@2:1", "numbering.form-section@3:1",
        "numbering.mixed-forms@3:1", "numbering.form-item@4:1", "numbering.mixed-forms@5:1",
        "numbering.form-subitem@6:1", "numbering.enumerator-punctuation@7:1", "numbering.mixed-forms@7:9",
      ])
  }

  /// On random documents, a mixed-forms finding for each level written more than one way, at
  /// its first marker that differs from the first form used, and none for the others (most
  /// documents, which the rule answers without listing the forms).
  func testMixedFormsOnRandomDocuments() throws {
    let rule = try XCTUnwrap(StructureTestSupport.rules.first { $0.descriptor.id == "numbering.mixed-forms" })
    let lines = [
      "一、甲", "二、乙", "三，丙", "（一）丁", "(二)戊", "（三）、己", "1.庚", "2、辛", "3.壬", "（1）癸", "(2)子", "一是甲，二是乙", "一是：甲",
      "第一，甲", "第二、乙", "正文。",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let text = (0..<Int.random(in: 0...8, using: &generator)).map { _ in lines.randomElement(using: &generator)! }
        .joined(separator: "\n")
      let document = Document(path: "x.txt", string: text)
      let markers = document.structure.markers
      var expected: [Int] = []
      for level in MarkerLevel.allCases {
        let ofLevel = markers.filter { $0.level == level }
        if let odd = ofLevel.first(where: { $0.form != ofLevel[0].form }) { expected.append(odd.range.lowerBound) }
      }
      XCTAssertEqual(try rule.check(document, context: LintContext()).map(\.range.lowerBound), expected, text)
    }
  }

  func testSections() throws {
    try check("missing-section.txt", ["structure.missing-section@5:1"])
    try check("section-order.txt", ["structure.section-order@6:3"])
    try check("unnumbered-section.txt", ["structure.unnumbered-section@4:1"])
    try check("empty-section.txt", ["structure.empty-section@4:3"])
    try check("heading-period.txt", ["structure.heading-period@2:9"])
    try check("closing-formula.txt", ["structure.closing-formula@4:1"])
    try check(
      "request-in-report.txt",
      ["structure.closing-formula@4:1", "structure.request-in-report@4:5", "structure.request-in-report@4:8"])
  }

  func testTrapsAreSilent() throws {
    try check("traps.txt", [])
    try check("traps.md", [])
  }

  func testSeedsAndKindDetection() throws {
    // 000 and 003 have no title line: no section rules, whatever they lack.
    try check("../seeds/000.txt", [])
    try check("../seeds/003.txt", [])
    try check("../seeds/002.txt", [])
    // Told it is a 汇报, 003 gets the hint about its problems paragraph.
    let seed = try StructureTestSupport.document("Fixtures/seeds/003.txt")
    XCTAssertEqual(
      try StructureTestSupport.findings(seed, context: LintContext(documentKind: "汇报")),
      ["structure.unnumbered-section@10:1"])
    XCTAssertEqual(try StructureTestSupport.findings(seed, context: LintContext(documentKind: "none")), [])
  }

  func testGovernmentWorkReportIsNotAReport() {
    let document = Document(path: "x.txt", string: "政府工作报告\n各位代表：\n一、过去一年工作回顾。\n（一）坚持稳中求进。\n妥否，请审议。")
    XCTAssertNil(DocumentKind.titleParagraph(of: document).flatMap { _ in nil as String? })
    XCTAssertEqual(try StructureTestSupport.findings(document), [])
  }

  /// Applying the numbering fixes leaves a text the numbering rules accept.
  func testRenumberingLeavesACleanText() throws {
    var document = try StructureTestSupport.document("Fixtures/structure/numbering-sequence.txt")
    let sequenceRules = StructureTestSupport.rules.filter { $0.descriptor.id.hasSuffix("sequence") }
    for _ in 0..<3 {
      let edits = try sequenceRules.flatMap { try $0.check(document, context: LintContext()) }.compactMap(\.fix).flatMap(\.edits)
      if edits.isEmpty { break }
      document = Document(path: document.path, text: EditApplier.apply(edits, to: document.text).text)
    }
    XCTAssertEqual(try StructureTestSupport.findings(document), [])
    XCTAssertTrue(document.string(0..<document.text.count).contains("（三）加强督导检查\n（四）严格考核问效"))
    XCTAssertTrue(document.string(0..<document.text.count).contains("三是力量不足"))
    XCTAssertTrue(document.string(0..<document.text.count).contains("三、下步工作打算"))
  }

  /// One fix renumbers the whole rest of the run, in one pass.
  func testOneFixRenumbersTheRestOfTheRun() throws {
    let document = Document(path: "x.txt", string: "（一）甲\n（二）乙\n（四）丙\n（五）丁\n（六）戊")
    let findings = try StructureTestSupport.rules.first { $0.id == "numbering.sequence" }!.check(document, context: LintContext())
    XCTAssertEqual(findings.count, 1)
    let fixed = EditApplier.apply(findings[0].fix!.edits, to: document.text).text
    XCTAssertEqual(String(decoding: fixed, as: UTF8.self), "（一）甲\n（二）乙\n（三）丙\n（四）丁\n（五）戊")
  }
}
