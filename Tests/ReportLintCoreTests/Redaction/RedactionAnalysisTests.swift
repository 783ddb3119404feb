import PCRE2
import XCTest

@testable import ReportLintCore

final class RedactionAnalysisTests: XCTestCase {
  var redactRules: [RedactRule] {
    RedactionTesting.rules.compactMap { ($0 as? RedactRule) ?? (($0 as? ExceptedRule)?.base as? RedactRule) }
  }

  func documents() throws -> [Document] {
    let root = RedactionTesting.fixtures.deletingLastPathComponent().deletingLastPathComponent()
    let paths = ["Fixtures/redaction/unmasked-000.txt", "Fixtures/redaction/unmasked-002.txt", "Fixtures/redaction/unmasked-003.txt", "Fixtures/seeds/000.txt"]
    return try paths.map { try SourceLoader.load(path: root.appendingPathComponent($0).path) }
  }

  // Every redact rule finds the same spans in a document whose analysis the other rules built
  // and shared as in a document of its own, where it builds the analysis itself.
  func testSharedAnalysisGivesEachRuleItsOwnSpans() throws {
    let context = LintContext(profile: .redacted)
    var found: [String: Int] = [:]
    for shared in try documents() {
      for rule in redactRules {
        let own = Document(path: shared.path, text: shared.text, source: shared.source)
        let alone = try rule.spans(in: own, context: context)
        XCTAssertEqual(try rule.spans(in: shared, context: context), alone, "\(rule.id) in \(shared.path)")
        found[rule.id, default: 0] += alone.count
      }
    }
    // Detectors and patterns both had something to find.
    for id in ["redaction.place", "redaction.person", "redaction.organisation", "redaction.count", "redaction.date"] {
      XCTAssertGreaterThan(found[id] ?? 0, 0, id)
    }
  }

  /// A lexicon of small lists: `setPhrases` to keep, and 咸阳市 to find.
  func lexicon(setPhrases: String) throws -> RedactionLexicon {
    let lists = [
      setPhrases, "习近平\tleader\t-\n", "第[一二三]届\tterm ordinal\n(?:a|aa)+$\tbacktracks\n", "咸阳市\t咸阳\t市\tcity\t610400\t-\n",
      "王\t-\t-\n", "同志\tafter\t-\n", "有限公司\tcompany\t-\n", "建材\tindustry\n",
    ]
    return try RedactionLexicon(lists.map { DataList($0) }, paths: lists.map { _ in "test" })
  }

  // The cache keeps one analysis per lexicon and match limits: another lexicon, or other limits,
  // get their own, equal to one built afresh.
  func testCacheIsKeyedByLexiconAndLimits() throws {
    let document = Document(path: "t.txt", string: "第一届咸阳市两个确立，习近平同志。aaaaaaaaaaaaaaaaaaaa!")
    let keepsPhrase = try lexicon(setPhrases: "两个确立\n")
    let keepsNone = try lexicon(setPhrases: "# none\n")
    let context = LintContext(profile: .redacted)
    let first = try document.redactionCache.analysis(of: document, lexicon: keepsPhrase, context: context)
    let second = try document.redactionCache.analysis(of: document, lexicon: keepsNone, context: context)
    XCTAssertEqual(first.protected, try RedactionAnalysis(document, lexicon: keepsPhrase, context: context).protected)
    XCTAssertEqual(second.protected, try RedactionAnalysis(document, lexicon: keepsNone, context: context).protected)
    XCTAssertTrue(first.isProtected(6..<10))
    XCTAssertFalse(second.isProtected(6..<10))
    XCTAssertTrue(second.isProtected(0..<3))
    XCTAssertTrue(second.isProtected(11..<14))
    XCTAssertEqual(first.hits(.divisionTails).map(\.range), [5..<6])
    XCTAssertEqual(first.hits(.titles).map(\.range), [14..<16])

    // Limits too low for a keep pattern: that analysis throws, and is not kept.
    let starved = LintContext(profile: .redacted, matchContext: MatchContext(limits: MatchLimits(matchLimit: 100, depthLimit: 100)))
    XCTAssertThrowsError(try document.redactionCache.analysis(of: document, lexicon: keepsPhrase, context: starved))
    XCTAssertThrowsError(try document.redactionCache.analysis(of: document, lexicon: keepsPhrase, context: starved))
    XCTAssertEqual(try document.redactionCache.analysis(of: document, lexicon: keepsPhrase, context: context).protected, first.protected)
  }

  // A compatibility ideograph is the character it stands for to a String comparison, as the word
  // lists were looked up before: names written with one are masked as with the unified character.
  func testVariantCharactersAreMaskedAsTheirCanonicalForms() throws {
    let unified = "在《上海组工信息》开设专栏，北京市委组织部来考察，王建军同志参加。"
    let variant = unified.replacingOccurrences(of: "海", with: "\u{FA45}").replacingOccurrences(of: "北", with: "\u{F963}")
    XCTAssertNotEqual(Array(unified.unicodeScalars), Array(variant.unicodeScalars))
    let masked = { (text: String) in
      String(decoding: try RedactionTesting.redactor.redact(Document(path: "t.txt", string: text)).text, as: UTF8.self)
    }
    XCTAssertEqual(try masked(unified), "在《**组工信息》开设专栏，**市委组织部来考察，**同志参加。")
    XCTAssertEqual(try masked(variant), try masked(unified))
  }
}
