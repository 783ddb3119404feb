import PCRE2
import XCTest

@testable import ReportLintCore

final class ScalarClassTests: XCTestCase {
  /// The bitmap holds exactly the ranges PCRE2 gives, whole words and single bits alike.
  func testBitmapHoldsExactlyTheRanges() throws {
    for pattern in [#"\p{sc=Han}"#, #"[\p{Nd}a-c]"#, #"\P{L}"#, "[@-~]"] {  // [@-~]: 63 values from a word's start
      let regex = try Regex(pattern, options: [.utf, .ucp])
      let ranges = try XCTUnwrap(regex.basicPlaneScalarRanges())
      let scalarClass = try XCTUnwrap(ScalarClass(regex))
      for value in UInt32(0)..<0x1_0000 {
        XCTAssertEqual(scalarClass.contains(value), ranges.contains { $0.contains(value) }, "\(pattern) U+\(String(value, radix: 16))")
      }
    }
  }

  func testMembership() throws {
    for options: RegexOptions in [[.utf, .ucp], [.utf, .ucp, .multiline]] {
      let han = try XCTUnwrap(ScalarClass(try Regex(#"\p{sc=Han}"#, options: options)))
      XCTAssertTrue(han.contains(UInt32(("汉" as Unicode.Scalar).value)))
      XCTAssertFalse(han.contains(UInt32(("a" as Unicode.Scalar).value)))
      XCTAssertTrue(han.contains(0x20000))  // 𠀀, extension B: above the bitmap, PCRE2 is asked
      XCTAssertFalse(han.contains(0x1F600))
    }
  }

  func testRejectsPatternsThatMatchMoreThanACharacter() throws {
    XCTAssertNil(ScalarClass(try Regex("ab|c", options: [.utf, .ucp])))
  }
}
