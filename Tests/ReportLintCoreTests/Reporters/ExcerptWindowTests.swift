import XCTest

@testable import ReportLintCore

final class ExcerptWindowTests: XCTestCase {
  // Every scalar the fast path counts as a character of its own really is one, next to letters,
  // to itself, to combining and joining marks' neighbours and to Hangul jamo, as the standard
  // library segments text.
  func testStandaloneScalarsNeverJoinANeighbour() {
    for value in UInt32(0)...0x10FFFF where StandaloneScalars.contains(value) {
      let scalar = String(Unicode.Scalar(value)!)
      for (pair, label) in [
        ("a" + scalar, "after a letter"), (scalar + "a", "before a letter"), (scalar + scalar, "doubled"),
        ("\u{1100}" + scalar, "after a leading jamo"), (scalar + "\u{1161}", "before a vowel jamo"),
        (scalar + "\u{11A8}", "before a trailing jamo"), ("字" + scalar, "after Han"),
      ] {
        XCTAssertEqual(pair.count, 2, String(format: "U+%04X %@", value, label))
      }
    }
  }

  // Where the fast path answers, it answers what `String` segmentation gives.
  func testFastWindowMatchesGeneral() {
    let pieces = [
      "部署", "，", "abc", "…", "“", "”", "①", "e\u{301}", "👨‍👩‍👧", "🇨🇳", "한국", "\u{200D}", "\r", "\t", "ー",
      "\u{FE0F}", "㈠", "Ⅷ", "😀", "\u{0600}", "x",
    ]
    var generator = SystemRandomNumberGenerator()
    var fastAnswers = 0
    for round in 0..<3000 {
      // Mostly Chinese lines, some with marks that need real segmentation.
      let count = Int.random(in: 0..<40, using: &generator)
      let line = (0..<count).map { _ in
        round % 3 == 0 ? pieces.randomElement(using: &generator)! : ["部署", "工作", "，", "a"].randomElement(using: &generator)!
      }.joined()
      let text = Array(line.utf8)
      let boundaries = text.indices.filter { text[$0] & 0xC0 != 0x80 } + [text.count]
      let start = boundaries.randomElement(using: &generator)!
      let end = boundaries.filter { $0 >= start }.randomElement(using: &generator)!
      let limit = Int.random(in: 1...6, using: &generator)
      guard let fast = ExcerptWindow.fast(text, line: 0..<text.count, span: start..<end, limit: limit) else { continue }
      fastAnswers += 1
      let general = ExcerptWindow.general(
        before: String(decoding: text[..<start], as: UTF8.self), after: String(decoding: text[end...], as: UTF8.self),
        limit: limit)
      XCTAssertEqual(Array(fast.before), Array(general.before), line)
      XCTAssertEqual(Array(fast.after), Array(general.after), line)
      XCTAssertEqual(fast.beforeIsCut, general.beforeIsCut, line)
      XCTAssertEqual(fast.afterIsCut, general.afterIsCut, line)
    }
    XCTAssertGreaterThan(fastAnswers, 1000)
  }

  // A span that cuts a character, or an edge the fast path cannot segment, takes the general way.
  func testFastPathDeclines() {
    let text = Array("部署e\u{301}工作".utf8)
    XCTAssertNil(ExcerptWindow.fast(text, line: 0..<text.count, span: 1..<3, limit: 4))
    XCTAssertNil(ExcerptWindow.fast(text, line: 0..<text.count, span: 9..<12, limit: 4))
    XCTAssertNotNil(ExcerptWindow.fast(text, line: 0..<text.count, span: 0..<3, limit: 1))
  }

  // Display widths read from bytes agree with `DisplayWidth` over the string.
  func testDisplayWidthOfBytes() {
    for text in ["部署ab，", "a\u{200B}b", "😀e\u{301}", "", "ｘ①"] {
      XCTAssertEqual(DisplayWidth.of(utf8: ArraySlice(text.utf8)), DisplayWidth.of(text), text)
    }
  }
}
