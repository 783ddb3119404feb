import PCRE2
import XCTest

@testable import ReportLintCore

/// One alternation answers “does any pattern match” as asking each pattern does, and patterns
/// whose meaning could change inside it are never joined.
final class PatternSetTests: XCTestCase {
  func compile(_ pattern: String) -> Regex? { try? Regex(pattern, options: [.utf, .ucp, .multiline]) }

  func testWhichPatternsJoin() {
    for pattern in ["存在的?问题", "^[^。！？]{0,40}?存在", "(?<=\\p{Han})下一?步", "(?:工作)(思路|打算)", "(?!不)足", "[0-9]{4}年"] {
      XCTAssertTrue(PatternSet.canJoin(pattern), pattern)
    }
    for pattern in ["(a)\\1", "(?<x>a)\\k<x>", "\\g{1}", "\\Qa|b", "(?i)abc", "(*UCP)a", "(?|a|b)", "(?<name>a)", "(?1)"] {
      XCTAssertFalse(PatternSet.canJoin(pattern), pattern)
    }
  }

  func testSameAnswersAsEachPatternInTurn() throws {
    let kinds = try XCTUnwrap(StructureTestSupport.rules.compactMap { $0 as? SectionsRule }.first).kinds
    let lines = [
      "工作开展情况", "存在的问题和不足", "下一步工作打算", "加强组织领导", "2024年工作思路", "今后一个时期", "我们也存在一些问题。",
      "但工作中还存在不少短板和差距", "问题和不足：", "一、", "", "特此报告。", "请批示",
    ]
    for kind in kinds.all {
      for section in kind.sections {
        for set in [section.headings, section.paragraphs] where set.patterns.count > 1 {
          XCTAssertNotNil(set.alternation, set.patterns.map(\.pattern).joined(separator: " "))
        }
        for line in lines {
          let document = Document(path: "x.txt", string: "前言\n" + line)
          let range = 7..<document.text.count
          for set in [section.headings, section.paragraphs] {
            XCTAssertEqual(
              set.matchesAny(in: range, of: document), set.patterns.contains { document.firstMatch($0, in: range) != nil }, line)
            XCTAssertEqual(
              set.firstPatternMatch(in: range, of: document),
              set.patterns.lazy.compactMap { document.firstMatch($0, in: range) }.first, line)
          }
        }
      }
    }
  }

  func testUnjoinablePatternsAreAskedOneByOne() throws {
    let patterns = try ["(问)\\1", "题"].map { try XCTUnwrap(compile($0)) }
    let set = PatternSet(patterns, compile: compile)
    XCTAssertNil(set.alternation)
    let document = Document(path: "x.txt", string: "问问")
    XCTAssertTrue(set.matchesAny(in: 0..<document.text.count, of: document))
    XCTAssertEqual(set.firstPatternMatch(in: 0..<document.text.count, of: document), 0..<6)
  }
}
