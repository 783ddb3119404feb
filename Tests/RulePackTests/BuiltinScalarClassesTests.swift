import PCRE2
import XCTest

@testable import ReportLintCore

/// The built-in character classes' characters are found at build time (rule-embedder) and read
/// back at every start: they must be what PCRE2 finds now, and cover every class a built-in rule
/// makes.
final class BuiltinScalarClassesTests: XCTestCase {
  func testEveryStoredClassIsWhatPCRE2Matches() throws {
    let stored = EmbeddedRules.scalarClasses
    XCTAssertFalse(stored.isEmpty)
    for (pattern, ranges) in stored {
      let fresh = try Regex(pattern, options: EmbeddedRules.scalarClassOptions).basicPlaneScalarRanges()
      XCTAssertEqual(ranges, fresh, pattern)
    }
    // Searched by halves: the patterns rise strictly in byte order.
    for (earlier, later) in zip(stored, stored.dropFirst()) {
      XCTAssertLessThan(LiteralMatcher.byteOrder(Array(earlier.pattern.utf8), Array(later.pattern.utf8)), 0, later.pattern)
    }
  }

  /// Every class of a built-in repetition rule is stored, for the options it was compiled with:
  /// one left out would be found by a PCRE2 pass at every start again.
  func testEveryBuiltinClassIsStored() {
    let words = RulePackLoader.load([.builtin]).rules.compactMap { rule in
      (((rule as? ExceptedRule)?.base ?? rule) as? RepetitionRule)?.finder.word.regex
    }
    XCTAssertFalse(words.isEmpty)
    for regex in words {
      XCTAssertNotNil(ScalarClass.builtinRanges(of: regex), "not found at build time: \(regex.pattern)")
    }
  }
}
