import XCTest

@testable import ReportLintCore

final class UnifiedDiffTests: XCTestCase {
  func diff(_ old: String, _ new: String) -> String {
    UnifiedDiff.make(old: Array(old.utf8), new: Array(new.utf8), oldLabel: "a.txt", newLabel: "a.txt")
  }

  func testEqualTextsGiveNothing() {
    XCTAssertEqual(diff("甲\n乙\n", "甲\n乙\n"), "")
  }

  func testOneChangedLineWithContext() {
    let old = (1...10).map { "第\($0)行\n" }.joined()
    let new = old.replacingOccurrences(of: "第5行", with: "第五行")
    XCTAssertEqual(
      diff(old, new),
      """
      --- a.txt
      +++ a.txt
      @@ -2,7 +2,7 @@
       第2行
       第3行
       第4行
      -第5行
      +第五行
       第6行
       第7行
       第8行

      """)
  }

  func testDistantChangesMakeTwoHunksAndInsertionsDeletionsCount() {
    let old = (1...20).map { "\($0)\n" }.joined()
    var lines = (1...20).map { "\($0)\n" }
    lines.remove(at: 1)
    lines.insert("新\n", at: 17)
    let output = diff(old, lines.joined())
    XCTAssertTrue(output.contains("@@ -1,5 +1,4 @@\n 1\n-2\n 3\n"))
    XCTAssertTrue(output.contains("@@ -16,5 +15,6 @@\n 16\n 17\n 18\n+新\n 19\n 20\n"), output)
  }

  func testMissingFinalLineEnd() {
    XCTAssertEqual(diff("甲", "乙"), "--- a.txt\n+++ a.txt\n@@ -1 +1 @@\n-甲\n\\ No newline at end of file\n+乙\n\\ No newline at end of file\n")
  }
}
