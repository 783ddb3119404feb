import XCTest
@testable import ReportLintCore

final class ChineseNumeralTests: XCTestCase {
  func testParsesNumerals() {
    let cases: [(String, Int)] = [
      ("一", 1), ("十", 10), ("十一", 11), ("二十", 20), ("九十九", 99), ("一百", 100), ("一百零一", 101),
      ("一百一十", 110), ("两百", 200), ("一千零五", 1005), ("三万", 30000), ("二〇二四", 2024), ("〇", 0),
      ("零", 0), ("十万零一", 100_001),
    ]
    for (text, value) in cases { XCTAssertEqual(ChineseNumeral.value(of: text), value, text) }
  }

  func testRejectsWordsThatLookLikeNumerals() {
    for text in ["十四五", "三会一", "一二十", "十十", "", "两两", "百一千"] {
      XCTAssertNil(ChineseNumeral.value(of: text), text)
    }
  }

  func testWritesNumerals() {
    let cases: [(Int, String)] = [
      (0, "〇"), (1, "一"), (10, "十"), (11, "十一"), (20, "二十"), (99, "九十九"), (100, "一百"), (101, "一百零一"),
      (110, "一百一十"), (1005, "一千零五"), (30000, "三万"), (100_001, "十万零一"),
    ]
    for (value, text) in cases { XCTAssertEqual(ChineseNumeral.text(for: value), text) }
  }

  func testRoundTrips() {
    for value in 0..<12_000 { XCTAssertEqual(ChineseNumeral.value(of: ChineseNumeral.text(for: value)), value) }
  }

  /// The byte reading answers as the character reading does, for numerals, words that only look
  /// like them, and a compatibility ideograph that equals 零 only as a character.
  func testReadsUTF8AsCharacters() {
    var texts = ["十四五", "三会一", "一二十", "十十", "", "两两", "百一千", "两", "二两", "一\u{F9B2}一", "\u{F9B2}", "一a"]
    texts += (0..<3_000).map { ChineseNumeral.text(for: $0) }
    // Every text of one to three characters over the numeral characters and a few others, for
    // the markers' shortcut (一…九十九) and what it must leave to the general reading.
    let alphabet = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "〇", "零", "两", "百", "千", "万", "a", "是"]
    for first in alphabet {
      texts.append(first)
      for second in alphabet {
        texts.append(first + second)
        texts += alphabet.map { first + second + $0 }
      }
    }
    for text in texts {
      let bytes = Array(text.utf8)
      XCTAssertEqual(bytes.withUnsafeBufferPointer { ChineseNumeral.value(ofUTF8: $0) }, ChineseNumeral.value(of: text), text)
    }
    XCTAssertEqual(ChineseNumeral.value(of: "一百\u{F9B2}一"), 101)
  }
}
