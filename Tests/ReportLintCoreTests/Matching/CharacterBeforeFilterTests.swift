import PCRE2
import XCTest

@testable import ReportLintCore

/// The filter may refuse a literal only where PCRE2's lookbehind would fail.
final class CharacterBeforeFilterTests: XCTestCase {
  // Every character it refuses, PCRE2's class refuses too (checked over the whole BMP but line
  // ends); it does refuse (ASCII at least, the literal's own neighbours for 七).
  func testRefusesOnlyWhatPCRE2Refuses() throws {
    let options: RegexOptions = [.utf, .ucp, .multiline]
    let cases = [("[\\p{Han}，、“]", "\u{3000}", 350), ("[0-9０-９]", "．", 400), ("[\\x{4E00}-\\x{4E05}]", "七", 500), (".", "甲", 0)]
    for (pattern, literal, leastRefused) in cases {
      let filter = try XCTUnwrap(CharacterBeforeFilter(pattern, options: options, literals: [literal]))
      let one = try Regex("^(?:\(pattern))$", options: options)
      var refused = 0
      for value in UInt32(0)..<0x1_0000 {
        guard let scalar = Unicode.Scalar(value), value != 0x0A, value != 0x0D else { continue }
        let text = Array((String(scalar) + literal).utf8)
        guard !text.withUnsafeBufferPointer({ filter.admits($0, start: text.count - literal.utf8.count) }) else { continue }
        refused += 1
        XCTAssertTrue(try one.matches(in: String(scalar)).isEmpty, "\(pattern) refused U+\(String(value, radix: 16))")
      }
      XCTAssertGreaterThanOrEqual(refused, leastRefused, pattern)
    }
  }

  // Nothing before the text's start; a line feed is a character the class may refuse.
  func testTextStartAndLineFeed() throws {
    let filter = try XCTUnwrap(CharacterBeforeFilter("[\\p{Han}，]", options: [.utf, .ucp, .multiline], literals: ["\u{3000}"]))
    let text = Array("\u{3000}甲\u{3000}，\u{3000}\n\u{3000}\u{3000}七\u{3000}".utf8)
    let admitted = text.withUnsafeBufferPointer { buffer in
      [0, 6, 12, 16, 19, 25].map { filter.admits(buffer, start: $0) }
    }
    XCTAssertEqual(admitted, [false, true, true, false, false, true])
  }
}
