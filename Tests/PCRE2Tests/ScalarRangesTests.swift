import XCTest

@testable import PCRE2

final class ScalarRangesTests: XCTestCase {
  /// A lone property is read in runs; the same class in brackets is read a character at a time.
  /// Both must give PCRE2's own answer for every character.
  func testRunsAgreeWithCharacterByCharacter() throws {
    for property in [#"\p{sc=Han}"#, #"\p{L}"#, #"\P{L}"#, #"\p{Nd}"#] {
      let options: RegexOptions = [.utf, .ucp, .multiline]
      let byRuns = try XCTUnwrap(try Regex(property, options: options).basicPlaneScalarRanges())
      let byCharacters = try XCTUnwrap(try Regex("[\(property)]", options: options).basicPlaneScalarRanges())
      XCTAssertEqual(byRuns, byCharacters, property)
      XCTAssertGreaterThan(byRuns.count, 1, property)
    }
  }

  /// The ranges are what PCRE2 answers asked about each character alone.
  func testRangesHoldExactlyTheCharactersPCRE2Matches() throws {
    let regex = try Regex(#"[\p{sc=Han}a-c·]"#, options: [.utf, .ucp])
    let ranges = try XCTUnwrap(regex.basicPlaneScalarRanges())
    for value in UInt32(0)..<Regex.basicPlaneLimit {
      guard let scalar = Unicode.Scalar(value) else {
        XCTAssertFalse(ranges.contains { $0.contains(value) }, "surrogate U+\(String(value, radix: 16))")
        continue
      }
      let matched = try regex.matches(in: String(scalar)).first?.range.count == String(scalar).utf8.count
      XCTAssertEqual(ranges.contains { $0.contains(value) }, matched, "U+\(String(value, radix: 16))")
    }
    // Ascending, apart, and joined where they follow on.
    for (earlier, later) in zip(ranges, ranges.dropFirst()) { XCTAssertLessThan(earlier.last + 1, later.first) }
    XCTAssertEqual(ranges.first, ScalarRange(0x61, 0x63))
  }

  /// A run of the subject that steps over the surrogates gives two ranges, neither holding one.
  func testRunsSplitAtTheSurrogates() throws {
    let ranges = try XCTUnwrap(try Regex(#"\P{L}"#, options: [.utf, .ucp]).basicPlaneScalarRanges())
    XCTAssertTrue(ranges.contains { $0.last == 0xD7FF })
    XCTAssertTrue(ranges.contains { $0.first == 0xE000 })
    XCTAssertFalse(ranges.contains { $0.first <= 0xDFFF && $0.last >= 0xD800 })
  }

  func testRejectsPatternsThatMatchMoreThanACharacter() throws {
    XCTAssertNil(try Regex("ab|c", options: [.utf, .ucp]).basicPlaneScalarRanges())
  }

  /// The subject the ranges are read from: every scalar below the limit, in order, each encoded
  /// as Swift encodes it; and the offset of each byte gives its character's value.
  func testSubjectHoldsEveryScalarInOrder() {
    let expected = (UInt32(0)..<Regex.basicPlaneLimit).compactMap(Unicode.Scalar.init)
    let subject = Regex.allScalarsBelowLimit
    XCTAssertEqual(subject, expected.flatMap { Array(String($0).utf8) })
    var offset = 0
    for scalar in expected {
      for _ in String(scalar).utf8 {
        XCTAssertEqual(Regex.scalar(atOffset: offset), scalar.value)
        offset += 1
      }
    }
  }
}
