import XCTest

@testable import PatternAnalysis
@testable import ReportLintCore

/// The built-in patterns' analyses are made at build time (rule-embedder) and read back at every
/// start: they must be the analyses a run would make, and cover every pattern a run analyses.
final class BuiltinPatternAnalysesTests: XCTestCase {
  func testEveryStoredAnalysisIsTheAnalysisOfItsPattern() {
    let stored = EmbeddedRules.patternAnalyses
    XCTAssertGreaterThan(stored.count, 50)
    for (pattern, prefilter) in stored {
      XCTAssertEqual(prefilter, PatternPrefilter(pattern: pattern), pattern)
    }
    // Not every analysis is the empty one: the table carries what the analyser found.
    XCTAssertGreaterThan(stored.filter { $0.analysis.requiredLiterals != nil }.count, 50)
  }

  /// The table is searched by halves: its patterns must rise strictly in byte order, and each
  /// must be found there, and nothing else.
  func testTableIsInByteOrderAndEachPatternIsFound() {
    let stored = EmbeddedRules.patternAnalyses
    for (earlier, later) in zip(stored, stored.dropFirst()) {
      XCTAssertLessThan(LiteralMatcher.byteOrder(Array(earlier.pattern.utf8), Array(later.pattern.utf8)), 0, later.pattern)
    }
    // The search answers as a walk through the table does, for every pattern and near misses.
    func walked(_ pattern: String) -> PatternPrefilter? {
      stored.first { $0.pattern.utf8.elementsEqual(pattern.utf8) }?.analysis
    }
    for (pattern, prefilter) in stored {
      XCTAssertEqual(PatternPrefilter.builtin(pattern), prefilter, pattern)
      for probe in [pattern + "x", String(pattern.dropLast()), "x" + pattern] {
        XCTAssertEqual(PatternPrefilter.builtin(probe), walked(probe), probe)
      }
    }
    XCTAssertNil(PatternPrefilter.builtin(""))
  }

  /// Every pattern the built-in packs analyse — pattern rules', exceptions, consistency variants',
  /// document kinds' headings and paragraphs — is stored: a pattern under a key rule-embedder does not
  /// read (its `analysedKeys`) would be analysed at every start again.
  func testEveryAnalysedBuiltinPatternIsStored() {
    var analysed: [String] = []
    for rule in RulePackLoader.load([.builtin]).rules {
      let base = (rule as? ExceptedRule)?.base ?? rule
      if let excepted = rule as? ExceptedRule { analysed += excepted.exceptions.regexes.map(\.pattern) }
      if let pattern = base as? PatternRule { analysed.append(pattern.regex.pattern) }
      if let consistency = base as? ConsistencyRule { analysed += consistency.variants.map(\.regex.pattern) }
      if let sections = base as? SectionsRule {
        for kind in sections.kinds.all {
          for section in kind.sections {
            analysed += (section.headings.patterns + section.paragraphs.patterns).map(\.pattern)
          }
        }
      }
    }
    XCTAssertGreaterThan(analysed.count, 80)
    for pattern in analysed {
      XCTAssertNotNil(PatternPrefilter.builtin(pattern), "not analysed at build time: \(pattern)")
    }
  }
}
