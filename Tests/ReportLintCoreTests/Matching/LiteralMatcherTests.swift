import XCTest

@testable import ReportLintCore

final class LiteralMatcherTests: XCTestCase {
  func hits(_ patterns: [String], _ text: String) -> [String] {
    let matcher = LiteralMatcher(patterns: patterns)
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { matcher.leftmostLongestHits(in: $0) }.map {
      String(decoding: bytes[$0.range], as: UTF8.self)
    }
  }

  // The longest of overlapping candidates at the leftmost point wins, and matches do not overlap.
  func testLeftmostLongest() {
    XCTAssertEqual(hits(["铺张浪废", "浪废"], "反对铺张浪废和浪废"), ["铺张浪废", "浪废"])
    XCTAssertEqual(hits(["ab", "bc"], "abc"), ["ab"])
  }

  // Patterns that are suffixes of others are still found (output links).
  func testSuffixPatterns() {
    let matcher = LiteralMatcher(patterns: ["再接再励", "接再励"])
    let bytes = Array("再接再励".utf8)
    let all = bytes.withUnsafeBufferPointer { matcher.allHits(in: $0) }
    XCTAssertEqual(Set(all.map(\.pattern)), [0, 1])
  }

  // Nothing matches inside a multi-byte character.
  func testNoMidCharacterMatches() {
    XCTAssertEqual(hits(["署"], "部署部暑"), ["署"])
  }
}
