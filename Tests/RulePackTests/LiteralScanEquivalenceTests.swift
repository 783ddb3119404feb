import Foundation
import XCTest

@testable import ReportLintCore

/// The shared literal scan and the prefilters it feeds must not change a single finding: every
/// built-in rule over the fixtures, the seeds and (when `shared/` sits beside the repository) two
/// government work reports, in both profiles, with the scan and without it (nor the pattern
/// analyses behind it: the plain linter of a run over little text). (A debug build lints
/// about 25 KB a second, so the whole corpus is compared by hand on release builds instead.)
final class LiteralScanEquivalenceTests: XCTestCase {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func documents() throws -> [Document] {
    var paths = ["../shared/corpora/gov-work-reports/2024.txt", "../shared/corpora/gov-work-reports/2025.txt"]
    for folder in ["Fixtures", "../shared/seeds"] {
      let url = root.appendingPathComponent(folder)
      guard let walker = FileManager.default.enumerator(atPath: url.path) else { continue }
      for case let name as String in walker where name.hasSuffix(".txt") || name.hasSuffix(".md") {
        paths.append("\(folder)/\(name)")
      }
    }
    return paths.compactMap { try? SourceLoader.load(path: root.appendingPathComponent($0).standardizedFileURL.path) }
  }

  /// The linter of a run over little text (`LintSession`'s `littleText`): rules loaded without
  /// their pattern analyses, and no shared scan.
  static let plain = Linter(rules: RulePackLoader.load([.builtin], analysesPatterns: false).rules, sharedLiteralScan: false)

  func testSameFindingsWithAndWithoutTheScan() throws {
    let scanned = Linter(rules: RulePackLoader.load([.builtin]).rules)
    let plain = Self.plain
    let documents = try Self.documents()
    XCTAssertGreaterThan(documents.count, 10)
    var findings = 0
    for document in documents {
      for profile in [Profile.draft, .redacted] {
        // Each linter a document of its own (see `uncachedCopy`).
        let expected = plain.lint(document.uncachedCopy(), profile: profile)
        let actual = scanned.lint(document.uncachedCopy(), profile: profile)
        XCTAssertEqual(actual.diagnostics, expected.diagnostics, "\(document.path) (\(profile))")
        XCTAssertEqual(actual.problems, expected.problems, document.path)
        findings += expected.diagnostics.count
      }
    }
    XCTAssertGreaterThan(findings, 100)  // the comparison saw real findings, not two empty lists
  }

  /// Short documents cut from the fixtures and roughed up where prefilters are most likely to
  /// go wrong: blanks and CRs at line ends and at the very end of the text, CRLF and LF, marks,
  /// numbers and markers dropped into lines. (A duplicate finding at an unended last line was
  /// found this way.)
  func testSameFindingsOnRoughedUpDocuments() throws {
    let scanned = Linter(rules: RulePackLoader.load([.builtin]).rules)
    let plain = Self.plain
    let lines = try Self.documents().flatMap { String(decoding: $0.text, as: UTF8.self).components(separatedBy: "\n") }
      .filter { !$0.isEmpty && $0.utf8.count < 300 }
    XCTAssertGreaterThan(lines.count, 100)
    let inserts = [
      " ", "　", "\t", "\r", "的的", "进一步进一步", "４千", "3百", "，", "《", "》", "“", "”", "（", "）", "、等", "2024年",
      "二〇二四年", "一、", "（一）", "1.", "一是", "第一，", "某某", "XX", "×××", "**", "。", ":", ",", "％", "%", "—", "……", "？",
    ]
    // A failure prints the whole text, so it can be replayed.
    var generator = SystemRandomNumberGenerator()
    var findings = 0
    for round in 0..<60 {
      var document: [String] = []
      for _ in 0..<Int.random(in: 1...8, using: &generator) {
        var line = Array(lines.randomElement(using: &generator)!)
        for _ in 0..<Int.random(in: 0...3, using: &generator) {
          line.insert(contentsOf: inserts.randomElement(using: &generator)!, at: Int.random(in: 0...line.count, using: &generator))
        }
        if Bool.random(using: &generator) { line += [" ", "　", "\t", " \r"].randomElement(using: &generator)! }
        document.append(String(line))
      }
      let text = document.joined(separator: Bool.random(using: &generator) ? "\n" : "\r\n")
        + ["", "\n", " ", "　", "\r", " \r", "\r\n"].randomElement(using: &generator)!
      let parsed = Document(path: "round\(round).txt", string: text)
      for profile in [Profile.draft, .redacted] {
        let expected = plain.lint(parsed.uncachedCopy(), profile: profile)
        XCTAssertEqual(scanned.lint(parsed.uncachedCopy(), profile: profile).diagnostics, expected.diagnostics, text.debugDescription)
        findings += expected.diagnostics.count
      }
    }
    XCTAssertGreaterThan(findings, 100)
  }

  /// Every rule's hits from the shared scan are those of an automaton of its own literals alone,
  /// on reports and on text so dense in literals that the scan's first room for hits (one every
  /// 16 bytes) fills and the rest go to its overflow.
  func testSharedScanGivesEachRuleItsOwnHits() throws {
    let rules = RulePackLoader.load([.builtin]).rules
    let scan = LiteralScan(rules: rules)
    let dense = Array(String(repeating: "《一是》“二是”，第一、（1）", count: 200).utf8)
    let texts = try [dense] + Self.documents().prefix(3).map(\.text)
    for bytes in texts {
      let scanned = scan.hitsByRule(in: bytes)
      if bytes == dense { XCTAssertGreaterThan(Set(scanned.hits.map(\.range)).count, bytes.count / 16 + 16) }
      // A rule that lists a literal twice gets a hit for each; an automaton of its own, one.
      for (index, rule) in rules.enumerated() where !rule.literals.isEmpty && Set(rule.literals).count == rule.literals.count {
        let own = bytes.withUnsafeBufferPointer { LiteralMatcher(patterns: rule.literals).allHits(in: $0) }
        XCTAssertEqual(Array(scanned.hits(forRule: index)), own, rule.descriptor.id)
      }
    }
  }
}
