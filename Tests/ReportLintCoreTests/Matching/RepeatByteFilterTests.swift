import XCTest

@testable import ReportLintCore

/// The byte filter must report exactly the positions where some test's run of equal bytes fits
/// in the text, whatever the text's length: its steps, the text's end (read from a padded copy)
/// and where a step's positions meet the next's included; and give up on any four-byte
/// character, wherever it stands.
final class RepeatByteFilterTests: XCTestCase {
  /// The positions, one at a time: `run` bytes equal to those `distance` on, all in the text.
  static func naiveCandidates(_ text: [UInt8], tests: [RepeatByteFilter.Test]) -> [Int] {
    text.indices.filter { position in
      tests.contains { test in
        position + test.distance + test.run <= text.count
          && (0..<test.run).allSatisfy { text[position + $0] == text[position + test.distance + $0] }
      }
    }
  }

  static func candidates(_ text: [UInt8], tests: [RepeatByteFilter.Test]) -> [Int]? {
    text.withUnsafeBufferPointer {
      RepeatByteFilter.candidates(in: $0, tests: tests, farthest: tests.map(\.distance).max()!)
    }
  }

  /// The built-in rule's tests (a doubled character; words of three to six), and others: runs of
  /// one to eight bytes, so steps of 57 to 64 positions.
  static let testSets: [[RepeatByteFilter.Test]] = [
    [.init(distance: 3, run: 3)] + (3...6).map { .init(distance: 3 * $0, run: 6) },
    [.init(distance: 3, run: 3), .init(distance: 6, run: 6)],
    [.init(distance: 1, run: 1)],
    [.init(distance: 5, run: 8), .init(distance: 2, run: 2)],
    [.init(distance: 70, run: 4)],
  ]

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
