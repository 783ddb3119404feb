import XCTest

@testable import ReportLintCore

/// Every example of every built-in rule, run four ways (plain, behind a multi-byte prefix, CRLF,
/// GB18030). A rule whose examples do not behave as stated fails here.
final class BuiltinPackTests: XCTestCase {
  static let loaded = RulePackLoader.load([.builtin])

  func testPacksLoadWithoutErrors() {
    XCTAssertEqual(Self.loaded.errors.map(\.description), [])
    XCTAssertGreaterThan(Self.loaded.rules.count, 10)
  }

  // The built-in rules' examples are read only when asked for (`RuleSource.defersExamples`), from
  // the rule files cut short of them: the same rules and examples as reading the files whole.
  func testDeferredExamplesAreThoseOfTheWholeFile() {
    let whole = RulePackLoader.load([RuleSource(root: "Rules", files: RuleSource.builtin.files)])
    XCTAssertEqual(whole.errors.map(\.description), [])
    XCTAssertEqual(whole.rules.map(\.id), Self.loaded.rules.map(\.id))
    XCTAssertEqual(whole.rules.map(\.descriptor.examples), Self.loaded.rules.map(\.descriptor.examples))
    XCTAssertEqual(whole.rules.map(\.descriptor.description), Self.loaded.rules.map(\.descriptor.description))
    XCTAssertEqual(whole.rules.map(\.literals), Self.loaded.rules.map(\.literals))
  }

  func testEveryRuleHasExamplesThatBehave() {
    let runner = RuleExampleRunner()
    var failures: [String] = []
    for rule in Self.loaded.rules {
      XCTAssertFalse(rule.descriptor.examples.invalid.isEmpty, "\(rule.id) has no invalid example")
      failures += runner.run(rule).map(\.description)
    }
    XCTAssertEqual(failures, [], failures.joined(separator: "\n"))
  }

  // Each substitution entry fires on its own wrong form, between neutral Han text, and its fix
  // gives the right form: a broken entry in a long list cannot hide behind the examples.
  func testEverySubstitutionEntryFires() throws {
    for rule in Self.loaded.rules {
      guard let substitution = (rule as? SubstitutionRule) ?? ((rule as? ExceptedRule)?.base as? SubstitutionRule)
      else { continue }
      for (index, wrongText) in substitution.literals.enumerated() {
        let text = "我们要\(wrongText)好。"
        let document = Document(path: "t.txt", string: text)
        let found = try rule.check(document, context: LintContext())
        if found.isEmpty { continue }  // covered by an exception: checked by the examples instead
        XCTAssertEqual(
          try fixed(rule, text), "我们要\(substitution.replacements[index])好。", "\(rule.id): \(wrongText)")
      }
    }
  }

  // The packs the issues name are all present.
  func testPacksArePresent() {
    let packs = Set(Self.loaded.rules.map(\.descriptor.pack))
    for pack in ["punctuation", "numbers", "whitespace", "placeholders"] {
      XCTAssertTrue(packs.contains(pack), "missing pack \(pack)")
    }
  }
}

func fixed(_ rule: any Rule, _ text: String) throws -> String {
  let document = Document(path: "t.txt", string: text)
  return String(decoding: try RuleExampleRunner.applyFixes(of: rule, to: document, context: LintContext()), as: UTF8.self)
}
