import XCTest

@testable import ReportLintCore

final class FixerTests: XCTestCase {
  func testFixesToAFixedPointAndLeavesNoSafeFix() throws {
    let linter = FixTestSupport.linter()
    let draft = try SourceLoader.load(path: FixTestSupport.draftURL.path)
    let outcome = try FixTestSupport.fixer(linter).fix(draft)
    XCTAssertTrue(outcome.changed)
    XCTAssertNil(outcome.warning)
    let remaining = linter.lint(outcome.document, profile: .draft).diagnostics
    XCTAssertEqual(remaining.filter { $0.fix?.isSafe == true }.map(\.ruleID), [])
    let again = try FixTestSupport.fixer(linter).fix(outcome.document)
    XCTAssertFalse(again.changed)
    XCTAssertEqual(again.passes, 0)
  }

  func testOverlappingFixesFromSeveralRulesAreAppliedWhole() throws {
    // “１２％” is fixed by this rule as a whole and, overlapping it, by the built-in full-width
    // digit rule (the number “１２”) and percent rule (“％”).
    let linter = FixTestSupport.linter(extra: [
      "test/whole-percent.yml": FixTestSupport.patternRule("１２％", fix: "12%", example: "１２％")
    ])
    let document = Document(path: "a.txt", string: "增长１２％，提高３％。")
    let outcome = try FixTestSupport.fixer(linter).fix(document)
    XCTAssertEqual(String(decoding: outcome.document.text, as: UTF8.self), "增长12%，提高3%。")
    XCTAssertNil(outcome.warning)
    // Within one pass the applied fixes never overlap: the others waited for a later pass and
    // were then no longer found.
    for pass in 1...outcome.passes {
      let ranges = outcome.applied.filter { $0.pass == pass }.flatMap { $0.diagnostic.fix!.edits.map(\.range) }
        .sorted { $0.lowerBound < $1.lowerBound }
      for (left, right) in zip(ranges, ranges.dropFirst()) { XCTAssertLessThanOrEqual(left.upperBound, right.lowerBound) }
    }
    // Four fixes won (“１２”, “３” and the two “％”); the whole-percent fix overlapping them was
    // skipped, then gone.
    XCTAssertEqual(outcome.applied.count, 4)
    XCTAssertFalse(outcome.applied.contains { $0.diagnostic.ruleID == "test.whole-percent" })
  }

  func testSkippedOverlapIsRetriedOnTheNextPass() throws {
    // Both rules fire on overlapping text; the second one's fix is still right after the first
    // is applied, so it must be applied in pass 2.
    let linter = FixTestSupport.linter(
      extra: [
        "test/a.yml": FixTestSupport.patternRule("甲乙", fix: "丙乙", example: "甲乙"),
        "test/b.yml": FixTestSupport.patternRule("乙(?=$)", fix: "丁", example: "乙"),
      ], builtin: false)
    let outcome = try FixTestSupport.fixer(linter).fix(Document(path: "a.txt", string: "甲乙"))
    XCTAssertEqual(String(decoding: outcome.document.text, as: UTF8.self), "丙丁")
    XCTAssertEqual(outcome.passes, 2)
  }

  func testRulesThatUndoEachOtherStopWithAWarningNamingThem() throws {
    let linter = FixTestSupport.linter(extra: [
      "fight/a-to-b.yml": FixTestSupport.patternRule("甲", fix: "乙", example: "甲"),
      "fight/b-to-a.yml": FixTestSupport.patternRule("乙", fix: "甲", example: "乙"),
    ])
    let document = Document(path: "a.txt", string: "写甲字,再写一遍。")
    let outcome = try FixTestSupport.fixer(linter).fix(document)
    XCTAssertEqual(outcome.warning, .rulesFight(["fight.a-to-b", "fight.b-to-a"]))
    XCTAssertLessThanOrEqual(outcome.passes, 3)
    XCTAssertTrue(outcome.warning!.description.contains("fight.a-to-b"))
  }

  func testPassLimitStopsARunawayRule() throws {
    // Each pass adds one more character: never settles, never repeats.
    let linter = FixTestSupport.linter(
      extra: ["grow/more.yml": FixTestSupport.patternRule("甲$", fix: "甲乙甲", example: "甲")], builtin: false)
    let outcome = try FixTestSupport.fixer(linter).fix(Document(path: "a.txt", string: "甲"))
    XCTAssertEqual(outcome.warning, .didNotSettle(passes: 10))
    XCTAssertEqual(outcome.passes, 10)
  }

  func testOnlyTheRulesInScopeAndOnlySafeFixesUnlessAsked() throws {
    let linter = FixTestSupport.linter()
    let text = "部署,推进１２项工作"
    let scoped = try FixTestSupport.fixer(linter, options: FixOptions(ruleIDs: ["numbers.fullwidth-digits"]))
      .fix(Document(path: "a.txt", string: text))
    XCTAssertEqual(String(decoding: scoped.document.text, as: UTF8.self), "部署,推进12项工作")

    // dash-length is a suggestion: shown, applied only with includeSuggestions.
    let suggestion = "我们伟大的祖国，—中华人民共和国"
    let safeOnly = try FixTestSupport.fixer(linter).fix(Document(path: "a.txt", string: suggestion))
    let unsafe = try FixTestSupport.fixer(linter, options: FixOptions(includeSuggestions: true))
      .fix(Document(path: "a.txt", string: suggestion))
    XCTAssertFalse(safeOnly.changed)
    XCTAssertEqual(String(decoding: unsafe.document.text, as: UTF8.self), "我们伟大的祖国，——中华人民共和国")
  }

  func testAMultiEditFixIsNeverHalfApplied() {
    let fixer = Fixer { _ in [] }
    let document = Document(path: "a.txt", string: "《甲《乙》丙》")
    let pair = Diagnostic(
      ruleID: "p", severity: .error, message: "", range: 3..<6,
      fix: Fix(edits: [Edit(range: 3..<6, replacement: "〈"), Edit(range: 9..<12, replacement: "〉")], safety: .safe))
    let inside = Diagnostic(
      ruleID: "q", severity: .error, message: "", range: 9..<12, fix: Fix(range: 9..<12, replacement: "X", safety: .safe))
    XCTAssertEqual(fixer.select([pair, inside], in: document).map(\.ruleID), ["p"])
    XCTAssertEqual(fixer.select([inside, pair], in: document).map(\.ruleID), ["p"])
  }

  func testReplacementLineEndsFollowACRLFFile() throws {
    // A fix that breaks a line writes the file's own line end, not a bare LF.
    let fixer = Fixer { document in
      guard let range = document.string(0..<document.text.count).range(of: "；二是") else { return [] }
      let start = document.string(0..<document.text.count).utf8.distance(
        from: document.string(0..<document.text.count).startIndex, to: range.lowerBound)
      return [Diagnostic(ruleID: "split", severity: .error, message: "", range: start..<(start + 3),
        fix: Fix(range: start..<(start + 3), replacement: "；\n", safety: .safe))]
    }
    let outcome = try fixer.fix(Document(path: "a.txt", string: "一是甲；二是乙\r\n"))
    XCTAssertEqual(String(decoding: outcome.document.text, as: UTF8.self), "一是甲；\r\n二是乙\r\n")
  }
}
