import XCTest

@testable import ReportLintCore

/// A pattern rule searches only the windows of the lines holding its literals; these compare that
/// search with a plain one where the windows are easiest to get wrong.
final class PatternRuleSearchTests: XCTestCase {
  // Hits out of order (the scan gives them in order of their end) are sorted before the windows
  // are made: the same findings as the hits in order, and as a search of the whole text.
  func testHitsOutOfOrderFindTheSame() throws {
    let rule = try makePatternRule("(?<=[甲乙])[ ](?=[甲乙])")
    let text = "甲 乙丙\n丙丙\n乙 甲 乙\n" + String(repeating: "丙", count: 60) + "甲 乙\n"
    let document = Document(path: "t.txt", string: text)
    let hits = LiteralScan(rules: [rule]).hitsByRule(in: document.text).hits(forRule: 0)
    XCTAssertEqual(hits.count, 4)
    let plain = try rule.check(document.uncachedCopy(), context: LintContext())
    XCTAssertEqual(plain.count, 4)
    for order in [Array(hits), hits.reversed(), [hits[2], hits[0], hits[3], hits[1]]] {
      var context = LintContext()
      context.literalHits = LiteralHitList(order)
      XCTAssertEqual(try rule.check(document.uncachedCopy(), context: context), plain, "\(order)")
    }
  }
}
