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

  // Where every match starts at a literal, each literal is one attempt, not a search of its
  // line: a literal inside the match before is passed over, as a search steps over it; matches
  // far apart on one line, and literals where nothing matches, find what a plain search finds.
  func testAttemptsAtLiteralsFindWhatASearchFinds() throws {
    let cases: [(String, [String])] = [
      ("甲甲", ["甲甲甲", "甲甲甲甲", "乙甲甲\n甲甲甲乙甲甲"]),
      ("(?<!所)(?:做|干)的(?=很)", ["做的很好，所做的很多，干的很\n干的很干的很", "做的", "所干的很"]),
      ("某乙|某", ["某某乙某", "乙某乙"]),
      ("(?<=[\\p{Han}，])\\x{3000}+(?=[\\p{Han}])", ["\u{3000}\u{3000}段落，\u{3000}\u{3000}另起\u{3000}一行\n\u{3000}甲"]),
      // Literals after characters the lookbehind refuses (a digit, a line feed, none) and accepts.
      ("(?<=[\\p{Han}”’）》])\\.(?=[\\p{Han}“‘（《]|[ \\t]*$)", [".句首", "第1.2节。完成.下一句”.“引文》.\n.", "甲.\r\n乙）.  "]),
      ("(?<=\\p{Han})[ ](?=\\p{Han})", ["甲 乙 丙", " 甲 a 乙", "１ 甲 𠀀 乙"]),
    ]
    for (pattern, texts) in cases {
      let rule = try makePatternRule(pattern)
      XCTAssertTrue(((rule as? PatternRule)?.prefilter.matchesStartAtLiterals) == true, pattern)
      let scan = LiteralScan(rules: [rule])
      for text in texts {
        let document = Document(path: "t.txt", string: text)
        var scanned = LintContext()
        scanned.literalHits = scan.hitsByRule(in: document.text).hits(forRule: 0)
        let plain = try rule.check(document.uncachedCopy(), context: LintContext())
        XCTAssertEqual(try rule.check(document, context: scanned), plain, "\(pattern) on \(text)")
      }
    }
  }
}
