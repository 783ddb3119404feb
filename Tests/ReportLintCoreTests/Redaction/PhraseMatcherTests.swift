import XCTest

@testable import ReportLintCore

final class PhraseMatcherTests: XCTestCase {
  /// What the matcher must report for one list, found as the dictionary matcher it replaced did:
  /// at each character, the phrases starting there (scalar for scalar), longest first, then in
  /// list order.
  func expectedHits(_ phrases: [String], in text: ScalarText) -> [PhraseMatcher.Hit] {
    var byScalars: [[Unicode.Scalar]: [Int]] = [:]
    for (index, phrase) in phrases.enumerated() where !phrase.isEmpty {
      byScalars[Array(phrase.unicodeScalars), default: []].append(index)
    }
    let longest = byScalars.keys.map(\.count).max() ?? 0
    var hits: [PhraseMatcher.Hit] = []
    for start in 0..<text.count {
      for length in stride(from: min(longest, text.count - start), through: 1, by: -1) {
        for phrase in byScalars[Array(text.scalars[start..<(start + length)])] ?? [] {
          hits.append(PhraseMatcher.Hit(range: start..<(start + length), phrase: phrase))
        }
      }
    }
    return hits
  }

  func randomText(_ pieces: [String], length: Int) -> ScalarText {
    var generator = SystemRandomNumberGenerator()
    return ScalarText(Array((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8))
  }

  // Lists sharing phrases, a phrase listed twice, phrases inside others, an empty phrase, a
  // compatibility ideograph (canonically equal to 北, but not the same scalar): every list's hits
  // are those of a comparison at every character, in its order. Long texts take the four-lane scan.
  func testHitsByListAreEveryOccurrenceInTextOrder() {
    let lists = [
      ["进一步", "一步", "进一步", "", "北京"],
      ["一步", "步", "\u{F963}京", "、"],
      [],
      ["e\u{301}", "é", "𠀀的"],
    ]
    let matcher = PhraseMatcher(lists: lists)
    let pieces = ["进", "一步", "步", "北京", "\u{F963}京", "、", "的", "𠀀", "e", "\u{301}", "é", "\n", "a"]
    for length in [0, 1, 12, 3000] {
      let text = randomText(pieces, length: length)
      let found = matcher.hitsByList(in: text)
      XCTAssertEqual(found.count, lists.count)
      for (list, phrases) in lists.enumerated() {
        XCTAssertEqual(found[list], expectedHits(phrases, in: text), "list \(list), text of \(length) pieces")
      }
    }
  }

  func testLeftmostLongest() {
    let matcher = PhraseMatcher(["一步", "进一步", "步伐", "伐"])
    let text = ScalarText(Array("进一步伐".utf8))
    let chosen = PhraseMatcher.leftmostLongest(matcher.allHits(in: text))
    XCTAssertEqual(chosen.map(\.range), [0..<3, 3..<4])
    XCTAssertEqual(chosen.map(\.phrase), [1, 3])
  }
}
