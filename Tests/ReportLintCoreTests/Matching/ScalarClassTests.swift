import PCRE2
import XCTest

@testable import ReportLintCore

final class ScalarClassTests: XCTestCase {
  /// A lone property is read in runs; the same class in brackets is read a character at a time.
  /// Both must give PCRE2's own answer for every character.
  func testRunsAgreeWithCharacterByCharacter() throws {
    for property in [#"\p{sc=Han}"#, #"\p{L}"#, #"\P{L}"#, #"\p{Nd}"#] {
      let options: RegexOptions = [.utf, .ucp, .multiline]
      let byRuns = try XCTUnwrap(ScalarClass(try Regex(property, options: options)))
      let byCharacters = try XCTUnwrap(ScalarClass(try Regex("[\(property)]", options: options)))
      for value in UInt32(0)..<0x1_0000 where !(0xD800...0xDFFF).contains(value) {
        XCTAssertEqual(byRuns.contains(value), byCharacters.contains(value), "\(property) U+\(String(value, radix: 16))")
      }
      // Above the bitmap, PCRE2 is asked.
      XCTAssertEqual(byRuns.contains(0x20000), byCharacters.contains(0x20000), property)
    }
    let han = try XCTUnwrap(ScalarClass(try Regex(#"\p{sc=Han}"#, options: [.utf, .ucp])))
    XCTAssertTrue(han.contains(UInt32(("汉" as Unicode.Scalar).value)))
    XCTAssertFalse(han.contains(UInt32(("a" as Unicode.Scalar).value)))
    XCTAssertTrue(han.contains(0x20000))  // 𠀀, extension B
  }

  /// The subject the bitmap is read from: every scalar below the bitmap's limit, in order, each
  /// encoded as Swift encodes it.
  func testSubjectHoldsEveryScalarInOrder() {
    let expected = (UInt32(0)..<0x1_0000).compactMap(Unicode.Scalar.init)
    XCTAssertEqual(ScalarClass.allScalarsBelowLimit, expected.flatMap { Array(String($0).utf8) })
  }

  func testRejectsPatternsThatMatchMoreThanACharacter() throws {
    XCTAssertNil(ScalarClass(try Regex("ab|c", options: [.utf, .ucp])))
  }
}
