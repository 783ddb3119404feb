import XCTest

@testable import ReportLintCore

final class LiteralMatcherTests: XCTestCase {
  func hits(_ patterns: [String], _ text: String) -> [String] {
    let matcher = LiteralMatcher(patterns: patterns)
    let bytes = Array(text.utf8)
    return LiteralMatcher.leftmostLongest(bytes.withUnsafeBufferPointer { matcher.allHits(in: $0) }).map {
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
    let needles = patterns.map { Array($0.utf8) }
    for end in 1...bytes.count {
      for (index, needle) in needles.enumerated() {
        if needle.count <= end, bytes[(end - needle.count)..<end].elementsEqual(needle) {
          found.append(LiteralMatcher.Hit(range: (end - needle.count)..<end, pattern: index))
        }
      }
    }
    return found
  }

  // Long texts are scanned in eight lanes (eighths, each from the root state, the lane before
  // carrying the matches that cross the mark), short ones in one; occurrences straddle the lane
  // marks in these random texts. All report every occurrence exactly as a comparison at every
  // offset finds it, in one order: by end, the longer first where two end together.
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
          let expected = naiveHits(patterns, bytes).sorted {
            ($0.range.upperBound, -$0.range.count) < ($1.range.upperBound, -$1.range.count)
          }
          XCTAssertEqual(found, expected, "\(patterns) \(length) \(lineFeeds)")
        }
      }
    }
  }

  // A repeated pattern reports the first index given; an empty one is never reported.
  func testRepeatedPatternReportsFirstIndex() {
    let matcher = LiteralMatcher(patterns: ["", "大力", "力", "大力"])
    let bytes = Array("大力大".utf8)
    let all = bytes.withUnsafeBufferPointer { matcher.allHits(in: $0) }
    XCTAssertEqual(all, [LiteralMatcher.Hit(range: 0..<6, pattern: 1), LiteralMatcher.Hit(range: 3..<6, pattern: 2)])
  }

  // Many patterns sharing prefixes and suffixes, of 1- to 4-byte characters (ASCII next to CJK,
  // emoji), in random texts that also hold characters no pattern has: the automaton reports
  // exactly what a comparison at every offset finds, texts ending mid-pattern included.
  func testManyPatternsOfMixedWidthsMatchNaiveSearch() {
    var generator = SystemRandomNumberGenerator()
    let pieces = ["a", "b", "é", "ß", "中", "文", "中文", "😀", "𠀀", "，", "\n", "z", "Ω", "🎉", "国"]
    for _ in 0..<10 {
      var seen = Set<String>()
      // Unique: a repeated pattern reports only its first index (tested above).
      let patterns = (0..<40).map { _ in
        (0..<Int.random(in: 1...4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
      }.filter { seen.insert($0).inserted }
      let matcher = LiteralMatcher(patterns: patterns)
      for length in [1, 7, 400, 3000] {
        let bytes = Array((0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined().utf8)
        let found = bytes.withUnsafeBufferPointer { matcher.allHits(in: $0) }
        let expected = naiveHits(patterns, bytes).sorted {
          ($0.range.upperBound, -$0.range.count) < ($1.range.upperBound, -$1.range.count)
        }
        XCTAssertEqual(found, expected, "\(patterns) \(length)")
      }
    }
  }

  // More than 32,768 states: the table is 32-bit and bytes no pattern has share one column (the
  // built-in packs' 16-bit table has a column for every byte). The automaton still reports
  // exactly what looking every (end, length) up among the patterns finds, in eight lanes and one.
  func testWideTableMatchesLookUpAtEveryEnd() {
    var generator = SystemRandomNumberGenerator()
    let pieces = Array("中文国家工作情况存在问题下步打算全面推进落实加强领导组织建设发展改革").map(String.init) + ["a", "，", "😀"]
    var seen = Set<String>()
    let patterns = (0..<12_000).map { _ in
      (0..<Int.random(in: 2...6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }.filter { seen.insert($0).inserted }
    // A state a distinct prefix of a pattern's bytes, and the root.
    var prefixes = Set<[UInt8]>()
    for pattern in patterns { let bytes = Array(pattern.utf8); for end in 1...bytes.count { prefixes.insert(Array(bytes[..<end])) } }
    XCTAssertGreaterThan(prefixes.count + 1, 0x8000)
    let matcher = LiteralMatcher(patterns: patterns)
    let indexOfPattern = Dictionary(uniqueKeysWithValues: patterns.enumerated().map { (Array($1.utf8), $0) })
    let longest = patterns.map(\.utf8.count).max()!
    for length in [50, 3000] {
      // Text that holds the patterns' characters and one they lack (“的”).
      let bytes = Array((0..<length).map { _ in (pieces + ["的"]).randomElement(using: &generator)! }.joined().utf8)
      var expected: [LiteralMatcher.Hit] = []
      for end in 1...bytes.count {
        for count in stride(from: min(longest, end), through: 1, by: -1) {
          if let pattern = indexOfPattern[Array(bytes[(end - count)..<end])] {
            expected.append(LiteralMatcher.Hit(range: (end - count)..<end, pattern: pattern))
          }
        }
      }
      XCTAssertGreaterThan(expected.count, length / 30)
      XCTAssertEqual(bytes.withUnsafeBufferPointer { matcher.allHits(in: $0) }, expected, "\(length) bytes")
    }
  }

  /// Lists whose leading numbers differ are in the order of their bytes; the sort of the shared
  /// scan decides by the numbers first. Lists of few byte values, zeros among them, so prefixes,
  /// equal leads and zero padding all occur.
  func testLeadingBytesOrderAsTheBytesDo() {
    var generator = SystemRandomNumberGenerator()
    let lists = (0..<400).map { _ in (0..<Int.random(in: 0...12, using: &generator)).map { _ in ([0, 1, 0xE4, 0xFF] as [UInt8]).randomElement(using: &generator)! } }
    var decided = 0
    for left in lists {
      for right in lists {
        let (a, b) = (LiteralMatcher.leadingBytes(left), LiteralMatcher.leadingBytes(right))
        guard a != b else { continue }
        decided += 1
        XCTAssertEqual(a < b, LiteralMatcher.byteOrder(left, right) < 0, "\(left) \(right)")
      }
    }
    XCTAssertGreaterThan(decided, 100_000)
  }
}
