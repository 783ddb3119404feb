import XCTest

@testable import ReportLintCore

final class WordTableTests: XCTestCase {
  // For every range of a text that mixes plain and variant scalars, the table answers as a
  // dictionary keyed by String does (canonical equivalence), whichever form the word was listed in.
  func testAnswersAsAStringDictionary() {
    let pairs = [("北京", 1), ("\u{F963}海", 2), ("e\u{301}", 3), ("上海", 4), ("가", 5), ("\u{1100}\u{1161}각", 6), ("咸阳", 7)]
    let table = WordTable(pairs)
    let dictionary = Dictionary(pairs, uniquingKeysWith: { _, later in later })
    let pieces = ["北京", "\u{F963}京", "北海", "\u{F963}海", "上海", "上\u{FA45}", "é", "e\u{301}", "가", "\u{1100}\u{1161}", "각", "咸阳", "市"]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<20 {
      let string = (0..<30).map { _ in pieces.randomElement(using: &generator)! }.joined()
      let text = ScalarText(Array(string.utf8))
      for start in 0..<text.count {
        for end in (start + 1)...min(text.count, start + 4) {
          XCTAssertEqual(table.value(of: start..<end, in: text), dictionary[text.string(start..<end)], text.string(start..<end))
        }
      }
    }
  }

  // Words equal as Strings are one entry, and the later value stays, as in a dictionary.
  func testLaterEqualWordWins() {
    let table = WordTable([("北京", 1), ("\u{F963}京", 2), ("上海", 3)])
    let text = ScalarText(Array("北京上海".utf8))
    XCTAssertEqual(table.value(of: 0..<2, in: text), 2)
    XCTAssertEqual(table.value(of: 2..<4, in: text), 3)
    XCTAssertEqual(Set(table.decomposedWords), ["北京", "上海"])
    XCTAssertTrue(WordTable(["北京"]).contains(0..<2, in: text))
    XCTAssertFalse(WordTable(["北京"]).contains(1..<3, in: text))
  }
}
