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

  /// Every occurrence, found by comparing at every offset: what the automaton must report.
  private func naiveHits(_ patterns: [String], _ bytes: [UInt8]) -> [LiteralMatcher.Hit] {
    var found: [LiteralMatcher.Hit] = []
    for end in 1...bytes.count {
      for (index, pattern) in patterns.enumerated() {
        let needle = Array(pattern.utf8)
        if needle.count <= end, bytes[(end - needle.count)..<end].elementsEqual(needle) {
          found.append(LiteralMatcher.Hit(range: (end - needle.count)..<end, pattern: index))
        }
      }
    }
    return found
  }

  // Long texts are scanned in four lanes (quarters, each started early enough to know its
  // state), short ones in one; occurrences straddle the quarter marks in these random texts. All
  // report every occurrence, in order of their end, exactly as a comparison at every offset does.
  func testLanesReportEveryHitInOrder() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["的", "的的", "，", "进一步", "一步", "a", "ab", "\n", "\r\n", "𠀀", "　"]
    for patterns in [["的的", "一步", "进一步", "ab", "b", "，"], ["一步\n", "的"]] {
      for length in [10, 3000, 9000] {
        for lineFeeds in [true, false] {
          let text = (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
          let bytes = Array((lineFeeds ? text : text.replacingOccurrences(of: "\n", with: "")).utf8)
          let matcher = LiteralMatcher(patterns: patterns)
          let found = bytes.withUnsafeBufferPointer { matcher.allHits(in: $0) }
          let expected = naiveHits(patterns, bytes)
          XCTAssertEqual(found.map(\.range.upperBound), expected.map(\.range.upperBound))
          XCTAssertEqual(Set(found), Set(expected), "\(patterns) \(length) \(lineFeeds)")
        }
      }
    }
  }
}
