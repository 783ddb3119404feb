import PCRE2
import XCTest

@testable import ReportLintCore

/// The run-in markers are found by trying the anchored pattern only where one may start, the
/// candidates found by a byte search or read from the literal scan's hits of `runInLiterals`, and
/// read on bytes where they decide it; either way they must be exactly what a search of the whole
/// text with the pattern unanchored finds.
final class MarkerScannerTests: XCTestCase {
  static let unanchored = MarkerScanner.compile(String(MarkerScanner.runIn.pattern.dropFirst(2)))
  static let runInMatcher = LiteralMatcher(patterns: MarkerScanner.runInLiterals)

  typealias Shape = (range: ByteRange, numeral: ByteRange, level: MarkerLevel)

  static func same(_ left: [Shape], _ right: [Shape]) -> Bool {
    left.count == right.count
      && zip(left, right).allSatisfy { $0.range == $1.range && $0.numeral == $1.numeral && $0.level == $1.level }
  }

  func matches(_ text: String) -> (candidates: [Shape], wholeText: [Shape]) {
    let bytes = Array(text.utf8)
    return bytes.withUnsafeBufferPointer { buffer in
      var candidates: [Shape] = []
      MarkerScanner.forEachRunIn(in: buffer) { candidates.append($0) }
      var fromHits: [Shape] = []
      let hits = LiteralHitList(Self.runInMatcher.allHits(in: buffer))
      MarkerScanner.forEachRunIn(in: buffer, runInHits: hits) { fromHits.append($0) }
      XCTAssertTrue(Self.same(fromHits, candidates), "from the literal hits: \(text)")
      var wholeText: [Shape] = []
      try? Self.unanchored.forEachMatch(in: buffer, trustedUTF8: true) { match in
        wholeText.append(MarkerScanner.shape(of: match, groups: MarkerScanner.runInGroups)!)
        return true
      }
      return (candidates, wholeText)
    }
  }

  func testSameMatchesAsTheWholeTextSearch() {
    for text in [
      "一是加强学习；二是完善制度；二是严格考核。", "第一，加强学习；第二，完善制度；第四，严格考核。",
      "一是一、二是二，坚持实事求是。", "选派第一书记，第一时间到岗；统一是关键。", "十一是，十二是：二十三是、一二三四是",
      "是一是第一，第第一，是是", "", "是", "第", "一是", "\n一是\r\n第十，",
    ] {
      let (candidates, wholeText) = matches(text)
      XCTAssertTrue(Self.same(candidates, wholeText), "\(text): \(candidates) against \(wholeText)")
    }
  }

  func testSameMatchesOnRandomText() {
    // Han and other characters at both ends of the range `mayStartRunIn` rules out (U+4000–U+9FFF)
    // and just outside it.
    let alphabet = [
      "一", "二", "三", "五", "十", "是", "第", "，", "、", "。", " ", "\n", "统", "a", "1", "（", "）", "\u{3000}", "\u{A0}", "“",
      "\u{3FFF}", "\u{4000}", "\u{9FFF}", "\u{A000}", "\u{2028}",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      let text = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
      let (candidates, wholeText) = matches(text)
      XCTAssertTrue(Self.same(candidates, wholeText), "\(text): \(candidates) against \(wholeText)")
    }
  }

  /// Where `runInShape` decides, it says what `runIn` anchored there matches; where it does not,
  /// the forEachRunIn tests above see PCRE2 asked. At every character of random texts over the
  /// pattern's characters, characters either side of its classes, and the undecided cases (a
  /// no-break space or a quote before, a numeral repeated after 是 before Han of Extension A).
  func testRunInShapeIsWhatThePatternMatches() {
    let alphabet = [
      "一", "二", "三", "九", "十", "是", "第", "，", ",", "：", ":", "、", "。", "；", ";", "！", "!", "？", "?", " ", "\t",
      "\n", "\r", "\u{0B}", "\u{3000}", "\u{A0}", "“", "丁", "\u{3400}", "\u{9FFF}", "a", "1", "é", "百",
    ]
    var generator = SystemRandomNumberGenerator()
    var decided = 0
    for _ in 0..<4_000 {
      let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        for offset in 0...buffer.count where offset == buffer.count || buffer[offset] & 0xC0 != 0x80 {
          let expected = (try? MarkerScanner.runIn.firstMatch(in: buffer, from: offset, trustedUTF8: true))
            .flatMap { $0 }.flatMap { MarkerScanner.shape(of: $0, groups: MarkerScanner.runInGroups) }
          switch MarkerScanner.runInShape(in: buffer, at: offset) {
          case .match(let shape):
            decided += 1
            XCTAssertTrue(Self.same([shape], expected.map { [$0] } ?? []), "\(text) at \(offset): \(shape)")
          case .none:
            decided += 1
            XCTAssertNil(expected?.range, "\(text) at \(offset)")
          case .undecided: break
          }
        }
      }
    }
    XCTAssertGreaterThan(decided, 10_000)
  }

  /// The byte pre-test's bits, written as literals, are those of the heading starts' bytes.
  func testHeadingStartBitsAreThoseOfTheStarts() {
    let starts = MarkerScanner.headingStarts
    XCTAssertEqual(starts.count, 12)
    XCTAssertEqual(MarkerScanner.headingStartLastBits, starts.reduce(0) { $0 | 1 &<< UInt64($1 & 0x3F) })
    XCTAssertEqual(MarkerScanner.headingStartMiddleBits, starts.reduce(0) { $0 | 1 &<< UInt64($1 >> 8 & 0x3F) })
  }

  func testHeadingsStartWithTheCharactersThePatternAllows() {
    // Every character a heading may start with (the byte pre-test must let each through).
    let starts = "一二三四五六七八九十百".map { "\($0)、" } + ["（一）", "（十）"]
    for line in ["一、总体情况", "（一）主要做法", "(二)", "1.加强领导", "12）"] + starts {
      let bytes = Array(line.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        XCTAssertTrue(MarkerScanner.mayStartHeading(buffer, at: 0, before: buffer.count), line)
        XCTAssertNotNil(try? MarkerScanner.heading.firstMatch(in: buffer, trustedUTF8: true), line)
      }
    }
    for line in ["今年以来", "【一】", "a. 开头", "", "第一，"] {
      let bytes = Array(line.utf8)
      bytes.withUnsafeBufferPointer { buffer in
        XCTAssertFalse(MarkerScanner.mayStartHeading(buffer, at: 0, before: buffer.count), line)
        XCTAssertNil(try? MarkerScanner.heading.firstMatch(in: buffer, trustedUTF8: true) ?? nil, line)
      }
    }
  }

  func testArabicValueIsIntOfTheDigits() {
    for text in (0..<100).map(String.init) + ["00", "07", "", "123", "1a"] {
      let bytes = Array(text.utf8)
      XCTAssertEqual(bytes.withUnsafeBufferPointer { MarkerScanner.arabicValue($0) }, Int(text), text)
    }
  }

  /// `heading` at `offset` as `headingShape` reports it: the match, its numeral group and level.
  func regexShape(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int) -> MarkerScanner.MarkerShape? {
    guard let match = try? MarkerScanner.heading.firstMatch(in: buffer, from: offset, trustedUTF8: true) else {
      return nil
    }
    for (group, level) in MarkerScanner.headingGroups {
      if let numeral = match[group: group] { return (match.range, numeral, level) }
    }
    XCTFail("a heading match without a numeral group")
    return nil
  }

  func assertSameHeadingShapes(_ text: String, file: StaticString = #filePath, line: UInt = #line) {
    let bytes = Array(text.utf8)
    bytes.withUnsafeBufferPointer { buffer in
      // At every scalar start, as the structure asks at a line's text after its indent.
      for offset in 0...buffer.count where offset == buffer.count || buffer[offset] & 0xC0 != 0x80 {
        let expected = regexShape(buffer, at: offset)
        let found = MarkerScanner.headingShape(in: buffer, at: offset)
        XCTAssertEqual(found?.range, expected?.range, "\(text) at \(offset)", file: file, line: line)
        XCTAssertEqual(found?.numeral, expected?.numeral, "\(text) at \(offset)", file: file, line: line)
        XCTAssertEqual(found?.level, expected?.level, "\(text) at \(offset)", file: file, line: line)
      }
    }
  }

  func testHeadingShapeIsWhatThePatternMatches() {
    for text in [
      "一、总体情况", "（一）主要做法", "(二)", "1.加强领导", "12）", "百、", "十、", "一.5", "一.a", "一．5", "（ 一 ）、",
      "（一）.5", "（12 ）：", "(123)", "123.", "1.5倍", "1、2月份", "1．", "3)", "（1）1", "一二三", "（）", "( )",
      "（一", "1", "12", "十四五、", "\u{3000}（\u{3000}三\t）", "",
    ] {
      assertSameHeadingShapes(text)
    }
  }

  func testHeadingShapeOnRandomText() {
    let alphabet = [
      "一", "十", "百", "二", "1", "2", "0", "（", "(", "）", ")", "、", "，", ",", "：", ":", "．", ".", " ", "\t",
      "\u{3000}", "是", "a", "\n",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3_000 {
      let text = (0..<Int.random(in: 0...12, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }.joined()
      assertSameHeadingShapes(text)
    }
  }

  /// A marker's form is its bytes with the numeral written as 1, whether it is the level's
  /// standard form (returned as the level's name) or a variant (made from the bytes).
  func testFormIsTheMarkerWithItsNumeralWrittenAsOne() {
    let text = """
      一、甲
      二，乙
      （三）丙
      (四)丁
      （五）、戊
      （ 六 ）己
      7.庚
      8、辛
      9）壬
      （10）癸
      (11)子
      （12），丑
      一是甲，二是：乙，三是丙
      第一，甲；第二、乙；第三：丙
      """
    let document = Document(path: "x.txt", string: text)
    let markers = document.structure.markers
    XCTAssertEqual(markers.count, 18)
    var standard = 0
    for marker in markers {
      let bytes = document.text
      let one = Array(marker.level.numeral(1).utf8)
      let expected = String(
        decoding: bytes[marker.range.lowerBound..<marker.numeralRange.lowerBound] + one
          + bytes[marker.numeralRange.upperBound..<marker.range.upperBound], as: UTF8.self)
      XCTAssertEqual(marker.form, expected, document.string(marker.range))
      if marker.isStandardForm { standard += 1 }
    }
    XCTAssertEqual(standard, 7)  // 一、 （三） 7. （10） 一是 三是 第一，
  }
}
