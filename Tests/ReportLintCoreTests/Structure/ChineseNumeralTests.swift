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
}
