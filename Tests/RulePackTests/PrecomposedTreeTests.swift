import PrecomposedYAML
import XCTest
import Yams

@testable import ReportLintCore

/// The built-in packs' YAML files are composed when the binary is built (`PrecomposedYAML`, by
/// rule-embedder) and read back at run time: the trees read back must be exactly those composing
/// the files at run time gives (values, tags, styles and marks, so error lines stay right).
final class PrecomposedTreeTests: XCTestCase {
  // Every YAML file has a tree, and it is the tree of the file as a run would compose it: a rule
  // file's without its examples (and such a file has examples to defer).
  func testEveryBuiltinTreeIsTheComposedFile() throws {
    var checked = 0
    for file in EmbeddedRules.files where file.path.hasSuffix(".yml") || file.path.hasSuffix(".yaml") {
      let tree = try XCTUnwrap(file.tree, "\(file.path) has no precomposed tree")
      var text = file.contents
      // A rule file is `pack/name.yml` (`RuleSource.ruleFiles`); deeper files are the packs' data.
      if RuleSource.isRuleFile(file.path) && file.path.split(separator: "/").count == 2 {
        text = try XCTUnwrap(RuleExamples.withoutExamples(file.contents), "\(file.path) has no examples to defer")
      }
      let composed = try XCTUnwrap(YAMLFields.compose(text))
      XCTAssertEqual(Self.describe(YAMLFields.node(precomposed: tree)), Self.describe(composed), file.path)
      checked += 1
    }
    XCTAssertGreaterThan(checked, 100)
  }

  // The rules made from the trees are those made from the files' text.
  func testRulesFromTreesAreThoseFromText() {
    let fromTrees = RulePackLoader.load([.builtin])
    let fromText = RulePackLoader.load([RuleSource(root: "Rules", files: RuleSource.builtin.files, defersExamples: true)])
    XCTAssertEqual(fromTrees.errors.map(\.description), [])
    XCTAssertEqual(fromTrees.rules.map(\.descriptor), fromText.rules.map(\.descriptor))
    XCTAssertEqual(fromTrees.rules.map(\.literals), fromText.rules.map(\.literals))
  }

  // Styles, explicit tags, escapes, empty and multi-line values, nesting and flow collections
  // come back as composed.
  func testTreesRoundTrip() throws {
    let yaml = """
      plain: text with \\ backslash
      "quoted key": 'single ''quoted'''
      double: "line\\r\\nbreak\\ttab \\\\ done"
      literal: |
        first
          second\\n
      folded: >-
        a
        b
      empty: ''
      nothing:
      tagged: !custom value
      number: !!int 12
      list: [a, "b", {c: d}]
      block:
        - x
        - - nested
          - 何处
      map: {}
      anchored: &x [1, 2]
      alias: *x
      """
    let composed = try XCTUnwrap(YAMLFields.compose(yaml))
    let text = try XCTUnwrap(PrecomposedYAML.encode(composed))
    XCTAssertFalse(text.contains("\n") || text.contains("\r"), text)
    XCTAssertEqual(Self.describe(YAMLFields.node(precomposed: text)), Self.describe(composed))
  }

  // What the format does not carry is left to be composed at run time.
  func testUncarriedTreesAreRefused() throws {
    XCTAssertNil(PrecomposedYAML.encode(try XCTUnwrap(YAMLFields.compose("a: \"bell\\a\"\n"))))
    XCTAssertNil(PrecomposedYAML.encode(.alias(Node.Alias("x"))))
  }

  /// Everything a tree holds, marks included (`Node`'s `==` ignores styles and marks).
  static func describe(_ node: Node) -> String {
    func header(_ kind: String, _ tag: Tag, _ style: UInt32, _ mark: Mark?) -> String {
      "\(kind) \(tag) \(style) \(mark.map { "\($0.line):\($0.column)" } ?? "-")"
    }
    switch node {
    case .scalar(let scalar):
      return header("scalar", scalar.tag, scalar.style.rawValue, scalar.mark) + " \(scalar.string.debugDescription)"
    case .mapping(let mapping):
      let pairs = mapping.map { "\(describe($0.key)) => \(describe($0.value))" }
      return header("mapping", mapping.tag, mapping.style.rawValue, mapping.mark) + " {\(pairs.joined(separator: ", "))}"
    case .sequence(let sequence):
      return header("sequence", sequence.tag, sequence.style.rawValue, sequence.mark)
        + " [\(sequence.map(describe).joined(separator: ", "))]"
    case .alias(let alias):
      return "alias \(alias.anchor)"
    }
  }
}
