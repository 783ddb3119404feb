import XCTest

@testable import ReportLintCore

final class RuleSourceTests: XCTestCase {
  // ASCII paths are split on bytes; the result is the character-by-character split's.
  func testPackAndNameSplitsAsCharactersDo() {
    let paths = [
      "typos/confusables.yml", "a/b.c.yaml", "a//b.yml", "/a/b.yml", "a/b/c.yml", "a.yml", "a/.b.yml", "a/b..c.yml",
      "a/b.", "a/b", "a/", "", "/", "错别字/规则.yml", "pack/e\u{301}.yml", "pack/a.\u{301}yml", "pack\u{301}/a.yml",
    ]
    for path in paths {
      let split = RuleSource.packAndName(path)
      let expected = RuleSource.packAndNameByCharacters(path)
      XCTAssertEqual(split?.pack, expected?.pack, path)
      XCTAssertEqual(split?.name, expected?.name, path)
    }
  }

  /// The built-in packs' paths come sorted from rule-embedder, not sorted at run time: they must
  /// be the files' paths in the order a sort gives.
  func testBuiltinPathsAreSorted() {
    XCTAssertEqual(RuleSource.builtin.sortedPaths, RuleSource.builtin.files.keys.sorted())
    XCTAssertGreaterThan(RuleSource.builtin.sortedPaths.count, 100)
  }
}
