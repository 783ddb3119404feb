import Foundation
import XCTest

@testable import ReportLintCore

/// `PlainText` answers on bytes only where `String` would give the same answer: checked scalar by
/// scalar, and against `String` on random lines mixing plain text with the scalars that are not.
final class PlainTextTests: XCTestCase {
  static let plainScalars: [Unicode.Scalar] = (0..<0x1_0000).compactMap { value in
    PlainText.isPlain(UInt32(value)) ? Unicode.Scalar(UInt32(value)) : nil
  }

  /// Each plain scalar is a character of its own next to any other plain scalar, and is its own
  /// canonical form, so no other plain character equals it.
  func testPlainScalarsAreCharactersOfTheirOwn() {
    let probes: [Unicode.Scalar] = ["a", "一", "。", "\u{3000}", "\t", "é"] + Self.plainScalars.filter { $0.value % 97 == 0 }
    for scalar in Self.plainScalars {
      let alone = String(Character(scalar))
      XCTAssertEqual(alone.precomposedStringWithCanonicalMapping.unicodeScalars.map(\.value), [scalar.value], "\(scalar.value)")
      XCTAssertEqual((alone + alone).count, 2, "U+\(String(scalar.value, radix: 16)) twice")
      for probe in probes {
        let probeText = String(Character(probe))
        XCTAssertEqual((alone + probeText).count, 2, "U+\(String(scalar.value, radix: 16)) before U+\(String(probe.value, radix: 16))")
        XCTAssertEqual((probeText + alone).count, 2, "U+\(String(scalar.value, radix: 16)) after U+\(String(probe.value, radix: 16))")
      }
    }
  }

  func testCharactersThatAreNotPlain() {
    // CR (CR LF is one character), a combining acute, U+037E (equals “;”), ZWJ, an emoji
    // variation selector, a compatibility ideograph (equals 豈), a regional indicator, a Hangul jamo.
    for value: UInt32 in [0x0D, 0x0A, 0x301, 0x37E, 0x200D, 0xFE0F, 0xF900, 0x1F1E8, 0x1100, 0x302A, 0xFF9E] {
      XCTAssertFalse(PlainText.isPlain(value), "U+\(String(value, radix: 16))")
    }
  }

  /// Random lines over an alphabet of plain and tricky scalars: the byte answers equal `String`'s.
  func testAnswersMatchStringOnRandomLines() {
    let plain: [String] = ["汇", "报", "告", "。", "，", "！", "？", ";", "!", " ", "\u{3000}", "\u{00A0}", "a", "特此报告", "é"]
    let tricky: [String] = [
      "\u{301}", "\u{37E}", "\u{200D}", "👍", "\u{FE0F}", "\r", "\u{F900}", "\u{1F1E8}", "\u{1100}\u{1161}", "e\u{301}",
    ]
    var generator = SystemRandomNumberGenerator()
    let phrases = ["特此报告", "。", "报告", "é", "告。"]
    for round in 0..<6_000 {
      // Two lines in three are plain, so both the byte answers and the fallbacks are tried.
      let alphabet = round % 3 == 0 ? plain + tricky : plain
      let length = Int.random(in: 0...70, using: &generator)
      let line = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
      let document = Document(path: "x.txt", string: line)
      let range = 0..<document.text.count
      assertHeadingAnswersMatchString(line)
      for phrase in phrases {
        if let contains = PlainText.contains(Array(phrase.utf8), in: document.text, range) {
          XCTAssertEqual(contains, line.contains(phrase), "\(line.debugDescription) contains \(phrase)")
        } else {
          XCTAssertFalse(PlainText.isPlain(document.text, range))
        }
        if let hasSuffix = PlainText.hasSuffix(Array(phrase.utf8), in: document.text, range) {
          XCTAssertEqual(hasSuffix, line.hasSuffix(phrase), "\(line.debugDescription) ends with \(phrase)")
        }
      }
    }
  }

  /// `forEachScalar` shows `body` the scalars in order until it stops, and says whether those
  /// and the one after them are plain: not the rest, which changes no answer read from them.
  func testForEachScalarChecksPlainnessOfWhatItShowsAndTheNext() {
    for text in [
      "标题。正文内容", "标题。正文e\u{301}", "标题。\u{4DC0}", "标题。中\u{F900}", "标题。\u{9FFF}\u{5000}", "", "。\r",
      "题\u{4DC0}。", "a\u{301}b", "ab\u{301}", "\u{301}ab", "abc\u{F900}",
    ] {
      let bytes = Array(text.utf8)
      let scalars = Array(text.unicodeScalars)
      for stopAfter in 0...4 {
        var seen: [Unicode.Scalar] = []
        let isPlain = PlainText.forEachScalar(bytes, 0..<bytes.count) { scalar in
          seen.append(scalar)
          return seen.count < stopAfter
        }
        let shown = max(1, stopAfter)
        XCTAssertEqual(
          isPlain, scalars.prefix(shown + 1).allSatisfy { PlainText.isPlain($0.value) }, "\(text) stopping after \(stopAfter)")
        if isPlain {
          XCTAssertEqual(seen, Array(scalars.prefix(shown)), "\(text) stopping after \(stopAfter)")
        }
      }
    }
  }

  /// The answers read from a line's first scalars, where what follows them is not plain: a mark
  /// joined to the scalar that decided is no longer that character.
  func testAnswersMatchStringWhereTheTextAfterTheDecidingScalarIsNotPlain() {
    for line in [
      "标题，\u{301}", "标题\u{301}，", "标题。正文\u{301}", "标题。\u{301}正文", "标题。 \u{301}", "标题。\r", "标题。正文\r",
      String(repeating: "字", count: 61) + "\u{301}", String(repeating: "字", count: 60) + "\u{301}",
      "标题！e\u{301}", "标题。\u{3000}\u{F900}",
    ] {
      assertHeadingAnswersMatchString(line)
    }
  }

  /// `readsLikeTitle` and `hasRunInBody` of `line` give what `String` says.
  private func assertHeadingAnswersMatchString(_ line: String) {
    let document = Document(path: "x.txt", string: line)
    let range = 0..<document.text.count
    XCTAssertEqual(
      DocumentKind.readsLikeTitle(range, in: document),
      line.count <= 60 && !line.contains(where: { "。，；：！？,;:!?".contains($0) }), line.debugDescription)
    var expectedRunIn = false
    if let end = line.firstIndex(where: { "。！？".contains($0) }) {
      expectedRunIn = !line[line.index(after: end)...].trimmingCharacters(in: .whitespaces).isEmpty
    }
    XCTAssertEqual(SectionsRule.hasRunInBody(range, document), expectedRunIn, line.debugDescription)
  }
}
