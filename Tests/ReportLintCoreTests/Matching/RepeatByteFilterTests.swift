import XCTest

@testable import ReportLintCore

/// The byte filter must report exactly the positions where some test's run of bytes, each equal
/// to the byte at one of the test's distances on, fits in the text, whatever the text's length:
/// its steps, the text's end (read from a padded copy) and where a step's positions meet the
/// next's included; and give up on any four-byte character, wherever it stands.
final class RepeatByteFilterTests: XCTestCase {
  /// The positions, one at a time: `run` bytes each equal to the byte at one of the distances on,
  /// all in the text.
  static func naiveCandidates(_ text: [UInt8], tests: [RepeatByteFilter.Test]) -> [Int] {
    text.indices.filter { position in
      tests.contains { test in
        (0..<test.run).allSatisfy { offset in
          test.distances.contains { distance in
            position + offset + distance < text.count && text[position + offset] == text[position + offset + distance]
          }
        }
      }
    }
  }

  static func candidates(_ text: [UInt8], tests: [RepeatByteFilter.Test]) -> [Int]? {
    text.withUnsafeBufferPointer { RepeatByteFilter(tests: tests).candidates(in: $0) }
  }

  /// The built-in rule's test (words of three to six characters, one test, a run of 8), the
  /// same distances one by one, the form it had (a doubled character beside it, a run of 6), and
  /// others: runs of one to eight bytes, so steps of 57 to 64 positions; one distance a test or
  /// several.
  static let testSets: [[RepeatByteFilter.Test]] = [
    [.init(distances: (3...6).map { 3 * $0 }, run: 8)],
    (3...6).map { .init(distance: 3 * $0, run: 8) },
    [.init(distance: 3, run: 3), .init(distances: (3...6).map { 3 * $0 }, run: 6)],
    [.init(distance: 3, run: 3), .init(distance: 6, run: 6)],
    [.init(distance: 1, run: 1)],
    [.init(distances: [2, 7], run: 3), .init(distance: 5, run: 8), .init(distances: [1, 4], run: 2)],
    [.init(distance: 70, run: 4)],
  ]

  /// A test of several distances finds at least what its distances find one by one: the repeat
  /// finder relies on it.
  func testSeveralDistancesFindWhatEachFinds() {
    let characters = ["的", "了", "甲", "a", "\n"].map { Array($0.utf8) }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      var text: [UInt8] = []
      let length = Int.random(in: 0...300, using: &generator)
      while text.count < length { text += characters.randomElement(using: &generator)! }
      let together = Set(Self.candidates(text, tests: Self.testSets[0])!)
      let apart = Set(Self.candidates(text, tests: Self.testSets[1])!)
      XCTAssertTrue(together.isSuperset(of: apart), "\(text)")
    }
  }

  func testSameCandidatesAsPositionByPosition() {
    // Few characters, so runs of equal bytes are common; of one, two and three bytes.
    let characters = ["的", "了", "甲", "乙", "a", "，", "\n", "é", "\u{0}"].map { Array($0.utf8) }
    var generator = SystemRandomNumberGenerator()
    for tests in Self.testSets {
      for _ in 0..<400 {
        var text: [UInt8] = []
        let length = Int.random(in: 0...500, using: &generator)
        while text.count < length { text += characters.randomElement(using: &generator)! }
        XCTAssertEqual(Self.candidates(text, tests: tests), Self.naiveCandidates(text, tests: tests), "\(tests): \(text)")
      }
    }
  }

  /// A text known to hold no four-byte character is filtered without testing for them, to the
  /// same candidates: every test set, texts of one-, two- and three-byte characters of every
  /// length across several steps.
  func testKnownFreeOfFourByteCharactersSameCandidates() {
    let characters = ["的", "了", "甲", "乙", "a", "，", "\n", "é"].map { Array($0.utf8) }
    var generator = SystemRandomNumberGenerator()
    for tests in Self.testSets {
      let filter = RepeatByteFilter(tests: tests)
      for _ in 0..<300 {
        var text: [UInt8] = []
        let length = Int.random(in: 0...400, using: &generator)
        while text.count < length { text += characters.randomElement(using: &generator)! }
        let tested = text.withUnsafeBufferPointer { filter.candidates(in: $0) }
        let untested = text.withUnsafeBufferPointer { filter.candidates(in: $0, mayHoldFourByteCharacters: false) }
        XCTAssertNotNil(untested)
        XCTAssertEqual(untested, tested, "\(tests): \(text)")
      }
    }
  }

  func testFourByteCharacterAnywhereGivesUp() {
    let tests = Self.testSets[0]
    let han = Array(String(repeating: "进一步", count: 80).utf8)
    XCTAssertNotNil(Self.candidates(han, tests: tests))
    for position in stride(from: 0, through: han.count, by: 3) {
      var text = han
      text.insert(contentsOf: Array("𠀀".utf8), at: position)
      XCTAssertNil(Self.candidates(text, tests: tests), "𠀀 at \(position)")
      XCTAssertNil(Self.candidates(Array(text[position...]), tests: tests), "𠀀 first, \(text.count - position) bytes")
    }
  }
}
