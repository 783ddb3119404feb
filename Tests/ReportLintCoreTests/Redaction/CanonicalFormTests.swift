import Foundation
import XCTest

@testable import ReportLintCore

final class CanonicalFormTests: XCTestCase {
  // The blocks `isPlain` takes on trust hold only plain scalars by Foundation's tables.
  func testTrustedBlocksArePlain() {
    let blocks: [Range<UInt32>] = [
      0..<0xC0, 0x2002..<0x20D0, 0x2460..<0x2700, 0x3000..<0x302A, 0x3030..<0x3040, 0x3200..<0xA000,
      0xFE30..<0xFE50, 0xFF00..<0xFFF0,
    ]
    for block in blocks {
      for value in block {
        guard let scalar = Unicode.Scalar(value) else { continue }
        XCTAssertTrue(CanonicalForm.isPlain(scalar))
        XCTAssertTrue(CanonicalForm.isOwnDecomposition(scalar), "U+\(String(value, radix: 16, uppercase: true))")
      }
    }
  }

  // Scalars a String compares equal to others are not plain: compatibility ideographs, composed
  // letters, combining marks, Hangul syllables, the ohm sign.
  func testVariantsAreNotPlain() {
    for scalar: Unicode.Scalar in ["\u{F963}", "\u{FA45}", "é", "\u{301}", "가", "\u{2126}", "\u{302A}", "が"] {
      XCTAssertFalse(CanonicalForm.isPlain(scalar), "U+\(String(scalar.value, radix: 16, uppercase: true))")
    }
    XCTAssertTrue(CanonicalForm.isPlain("ア"))
  }

  func testDecomposed() {
    XCTAssertEqual(CanonicalForm.decomposed("北京"), Array("北京".unicodeScalars))
    XCTAssertEqual(CanonicalForm.decomposed("\u{F963}京"), Array("北京".unicodeScalars))
    XCTAssertEqual(CanonicalForm.decomposed("é"), ["e", "\u{301}"])
  }

  // A ScalarText knows where its variant scalars are, and which ranges are plain.
  func testScalarTextVariantPositions() {
    let text = ScalarText(Array("北京\u{F963}京e\u{301}市".utf8))
    XCTAssertEqual(text.variantPositions, [2, 5])
    XCTAssertTrue(text.isPlain(0..<2))
    XCTAssertFalse(text.isPlain(1..<3))
    XCTAssertTrue(text.isPlain(3..<5))
    XCTAssertFalse(text.isPlain(4..<7))
    XCTAssertTrue(text.isPlain(6..<7))
    XCTAssertTrue(text.isPlain(3..<3))
    XCTAssertTrue(ScalarText(Array("咸阳市".utf8)).variantPositions.isEmpty)
  }
}
