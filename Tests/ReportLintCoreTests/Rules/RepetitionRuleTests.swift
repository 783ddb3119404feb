import Foundation
import XCTest

@testable import ReportLintCore

/// `kind: repetition` must find exactly what the PCRE2 pattern it replaces finds.
final class RepetitionRuleTests: XCTestCase {
  static let yaml = """
    kind: repetition
    message: "“{match}”疑为误重复，应为“{replacement}”"
    description: 测试。
    doubled: '的了'
    word: '\\p{sc=Han}'
    min-length: 3
    max-length: 6
    examples: {invalid: ["↓的的"]}
    """
  static let equivalentPattern = """
    kind: pattern
    message: "“{match}”"
    description: 测试。
    pattern: '([的了])\\1|(\\p{sc=Han}{3,6})\\2'
    examples: {invalid: ["↓的的"]}
    """

  func testFindsDoubledCharactersAndRepeatedRuns() throws {
    let rule = try makeRule(Self.yaml)
    XCTAssertEqual(
      try findings(rule, "提高的的素质，要进一步进一步压实，研究研究，〇〇〇〇〇〇。"), ["的的", "进一步进一步", "〇〇〇〇〇〇"])
    XCTAssertEqual(try fixed(rule, "要进一步进一步压实责任"), "要进一步压实责任")
    // The longest run wins, as with a greedy quantifier: 六个字 repeated, not 三个字.
    XCTAssertEqual(try findings(rule, "甲乙丙甲乙丙甲乙丙甲乙丙"), ["甲乙丙甲乙丙甲乙丙甲乙丙"])
    XCTAssertEqual(try findings(rule, "ABCABC，𠀀𠀁𠀂𠀀𠀁𠀂"), ["𠀀𠀁𠀂𠀀𠀁𠀂"])  // Latin is not in the class; ext. B is
  }

  // A large text, filtered on its bytes; and with a four-byte character, which sends it the
  // general way, where a text past 1 MB takes the other way of sizing its character keys.
  func testLargeText() throws {
    let rule = try makeRule(Self.yaml)
    // 20,000 different characters over and over: no character within six of itself.
    let cycle = String(String.UnicodeScalarView((0..<20_000).map { Unicode.Scalar(0x4E00 + $0)! }))
    let text = String(repeating: cycle, count: 20) + "，要进一步进一步压实，的的"
    XCTAssertGreaterThan(text.utf8.count, 1 << 20)
    XCTAssertEqual(try findings(rule, text), ["进一步进一步", "的的"])
    XCTAssertEqual(try findings(rule, "𠀀" + text), ["进一步进一步", "的的"])
  }

  func testSameFindingsAsThePattern() throws {
    // The fixtures (seeds and samples) and random texts, for the built-in lengths and for words
    // of one and two characters, which the scan treats apart.
    let fixtures = Golden.packageRoot.appendingPathComponent("Fixtures")
    var texts = (FileManager.default.enumerator(atPath: fixtures.path)?.allObjects as? [String] ?? [])
      .filter { $0.hasSuffix(".txt") }
      .compactMap { try? String(contentsOf: fixtures.appendingPathComponent($0), encoding: .utf8) }
    XCTAssertGreaterThan(texts.count, 5)
    // Random texts over a small alphabet, so repetitions of every length occur often; characters
    // of 1 to 4 UTF-8 bytes, and lengths either side of the eight-at-a-time scan's reach. Without
    // a four-byte character (𠀀), a text is filtered on its bytes instead (`RepeatByteFilter`),
    // 57 to 64 positions a step: those run longer, past several steps.
    var generator = SystemRandomNumberGenerator()
    for (alphabet, longest) in [(Array("的了甲乙丙丁〇a，\n𠀀é"), 90), (Array("的了甲乙丙丁〇a，\né"), 400)] {
      for _ in 0..<600 {
        let length = Int.random(in: 0...longest, using: &generator)
        texts.append(String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
      }
    }
    for (minimum, maximum) in [(3, 6), (1, 4), (2, 3), (2, 9)] {
      let rule = try makeRule(
        Self.yaml.replacingOccurrences(of: "min-length: 3", with: "min-length: \(minimum)")
          .replacingOccurrences(of: "max-length: 6", with: "max-length: \(maximum)"))
      let pattern = try makeRule(
        Self.equivalentPattern.replacingOccurrences(of: "{3,6}", with: "{\(minimum),\(maximum)}"), id: "test.pattern")
      for text in texts {
        let document = Document(path: "t.txt", string: text)
        let expected = try pattern.check(document, context: LintContext()).map(\.range)
        XCTAssertEqual(try rule.check(document, context: LintContext()).map(\.range), expected, "\(minimum)…\(maximum): \(text)")
      }
    }
  }

  func testRejectsAWordClassThatMatchesMoreThanACharacter() {
    XCTAssertThrowsError(try makeRule(Self.yaml.replacingOccurrences(of: "'\\p{sc=Han}'", with: "'\\R|ab'"))) {
      XCTAssertTrue("\($0)".contains("single characters"), "\($0)")
    }
    XCTAssertThrowsError(try makeRule(Self.yaml.replacingOccurrences(of: "max-length: 6", with: "max-length: 2")))
  }
}
