import Foundation
import XCTest

@testable import ReportLintCore

/// Inline directives in Markdown and `ignore` entries in the configuration, through
/// `Linter.lint` (the one place suppression happens, so the fixer inherits it).
final class SuppressionTests: XCTestCase {
  static let linter = LintSession().linter
  static let comma = "punctuation.halfwidth-comma"
  /// One half-width comma between Chinese characters: one `punctuation.halfwidth-comma` finding.
  static let line = "按照县委统一部署,推进工作。\n"

  private func lint(_ text: String, path: String = "a.md", configuration: Configuration = Configuration())
    -> [Diagnostic]
  {
    Self.linter.lint(Document(path: path, string: text), profile: .draft, configuration: configuration)
      .diagnostics
  }

  private func rules(_ diagnostics: [Diagnostic]) -> [String] { diagnostics.map(\.ruleID) }

  func testFixtureLineFires() {
    XCTAssertEqual(rules(lint(Self.line)), [Self.comma])
  }

  func testDisableNextLineCoversOnlyTheNextLine() {
    let text = "<!-- reportlint-disable-next-line \(Self.comma) -->\n" + Self.line + Self.line
    let found = lint(text)
    XCTAssertEqual(rules(found), [Self.comma])
    XCTAssertEqual(Document(path: "a.md", string: text).location(of: found[0].range.lowerBound).line, 3)
  }

  /// A region by pack name, closed by a bare enable; nothing after the enable is hidden.
  func testDisableEnableRegionByPack() {
    let text = "<!-- reportlint-disable punctuation -->\n" + Self.line + Self.line
      + "<!-- reportlint-enable -->\n" + Self.line
    XCTAssertEqual(rules(lint(text)), [Self.comma])
  }

  /// A bare disable hides every rule to the end of the file.
  func testBlanketDisableToEndOfFile() {
    XCTAssertEqual(lint("<!-- reportlint-disable -->\n" + Self.line + Self.line), [])
  }

  /// `enable RULE` closes only that rule's region.
  func testEnableNamesOneRule() {
    XCTAssertTrue(rules(lint("共１２项。\n")).contains { $0.hasPrefix("numbers.") }, "fixture fires")
    let text = "<!--reportlint-disable \(Self.comma) numbers-->\n" + Self.line
      + "<!-- reportlint-enable \(Self.comma) -->\n" + Self.line + "共１２项。\n"
    let found = rules(lint(text))
    XCTAssertEqual(found.filter { $0 == Self.comma }.count, 1)
    XCTAssertFalse(found.contains { $0.hasPrefix("numbers.") }, "\(found)")
  }

  /// A directive that hides nothing (a misspelt rule, or the finding was fixed) is a warning at the
  /// directive; `disable A B` where only A fires reports B.
  func testUnusedSuppressionIsAWarning() {
    let text = "<!-- reportlint-disable-next-line \(Self.comma) typos.nothing -->\n" + Self.line
    let found = lint(text)
    XCTAssertEqual(rules(found), [SuppressionFilter.unusedRuleID])
    XCTAssertEqual(found[0].severity, .warning)
    XCTAssertTrue(found[0].message.contains("typos.nothing"), found[0].message)
    XCTAssertEqual(found[0].range.lowerBound, 0)
  }

  /// The warning can be turned off like any rule.
  func testUnusedSuppressionCanBeTurnedOff() {
    var configuration = Configuration()
    configuration.rules[SuppressionFilter.unusedRuleID] = .off
    XCTAssertEqual(lint("<!-- reportlint-disable typos.nothing -->\n", configuration: configuration), [])
  }

  /// Directives inside code are examples, not directives; plain text has no directives at all.
  func testDirectivesOnlyInMarkdownProse() {
    let inCode = "```\n<!-- reportlint-disable -->\n```\n" + Self.line
    XCTAssertEqual(rules(lint(inCode)), [Self.comma])
    let plain = "<!-- reportlint-disable -->\n" + Self.line
    XCTAssertTrue(rules(lint(plain, path: "a.txt")).contains(Self.comma))
  }

  /// Plain text: an ignore entry hides the finding with that text in that file, not in others.
  func testIgnoreEntryForPlainText() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("reportlint-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let config = folder.appendingPathComponent(".reportlint.yml")
    try Data(
      """
      ignore:
        - file: 报告/总结.txt
          rule: \(Self.comma)
          text: ","
        - file: 报告/总结.txt
          rule: numbers
      """.utf8
    ).write(to: config)
    let configuration = try Configuration.load(path: config.path)
    let target = folder.appendingPathComponent("报告/总结.txt").path
    let found = lint(Self.line, path: target, configuration: configuration)
    XCTAssertEqual(rules(found), [SuppressionFilter.unusedRuleID], "the numbers entry hides nothing")
    XCTAssertTrue(found[0].message.contains("第 5 行"), found[0].message)
    let other = folder.appendingPathComponent("报告/其他.txt").path
    XCTAssertEqual(rules(lint(Self.line, path: other, configuration: configuration)), [Self.comma])
  }

  /// Unknown keys in an ignore entry are configuration errors naming the line.
  func testIgnoreEntryIsStrict() throws {
    let config = FileManager.default.temporaryDirectory.appendingPathComponent("reportlint-\(UUID()).yml")
    try Data("ignore:\n  - file: a.txt\n    rule: x\n    line: 3\n".utf8).write(to: config)
    defer { try? FileManager.default.removeItem(at: config) }
    XCTAssertThrowsError(try Configuration.load(path: config.path)) { error in
      XCTAssertTrue("\(error)".contains("line"), "\(error)")
    }
  }
}
