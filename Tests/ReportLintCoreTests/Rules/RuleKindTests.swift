import XCTest

@testable import ReportLintCore

final class RuleKindTests: XCTestCase {
  // A pattern rule's fix template fills groups, and the message names the match.
  func testPatternRuleFixTemplate() throws {
    let rule = try makeRule(
      """
      kind: pattern
      message: "日期“{match}”不应补零，应为“{replacement}”"
      severity: error
      description: 成文日期不编虚位。
      pattern: '(\\d{4})年0(\\d)月'
      fix: '$1年$2月'
      examples: {invalid: ["2024年03月"]}
      """)
    let document = Document(path: "t.txt", string: "于2024年03月印发")
    let found = try rule.check(document, context: LintContext())
    XCTAssertEqual(found.count, 1)
    XCTAssertEqual(found[0].message, "日期“2024年03月”不应补零，应为“2024年3月”")
    XCTAssertEqual(try fixed(rule, "于2024年03月印发"), "于2024年3月印发")
    // A fix of plain text, of a dollar sign, of nothing.
    for (pattern, fix, text, after) in [
      ("％", "%", "增长５％，下降３％", "增长５%，下降３%"), ("＄", "$$", "＄5", "$5"), ("\\x{200B}", "", "甲\u{200B}乙", "甲乙"),
    ] {
      let plain = try makeRule(
        "kind: pattern\nmessage: m\ndescription: d\npattern: '\(pattern)'\nfix: '\(fix)'\nexamples: {invalid: [x]}\n")
      XCTAssertEqual(try fixed(plain, text), after, pattern)
    }
  }

  // Exceptions drop findings that lie inside a legitimate phrase (学习贯彻 protects 习贯).
  func testSubstitutionExceptions() throws {
    let rule = try makeRule(
      """
      kind: substitution
      message: "“{match}”应为“{replacement}”"
      description: 测试。
      swap: {习贯: 习惯, 布署: 部署}
      exceptions: ['学习贯彻']
      examples: {invalid: ["养成好习贯"]}
      """)
    XCTAssertEqual(try findings(rule, "深入学习贯彻，养成习贯，统一布署"), ["习贯", "布署"])
    XCTAssertEqual(try fixed(rule, "统一布署"), "统一部署")
    // A line's exceptions are searched up to its last candidate's start: one covering that
    // candidate still counts, as does one covering an earlier candidate on the line.
    XCTAssertEqual(try findings(rule, "学习贯彻，习贯，学习贯彻\n习贯，布署，学习贯彻"), ["习贯", "习贯", "布署"])
    XCTAssertEqual(try findings(rule, "布署，学习贯彻"), ["布署"])
  }

  // `join: true`: wrong forms in a row are one finding, its message and fix over the whole run;
  // a lone one keeps its own message; anything between two wrong forms parts them.
  func testSubstitutionJoinsNeighbours() throws {
    let yaml = """
      kind: substitution
      message: "“{match}”应为“{replacement}”"
      description: 测试。
      join: true
      swap: {"１": "1", "２": "2", "０": "0"}
      examples: {invalid: ["２０"]}
      """
    let rule = try makeRule(yaml)
    let document = Document(path: "t.txt", string: "２０２１年，增长１.２%")
    let found = try rule.check(document, context: LintContext())
    XCTAssertEqual(found.map { document.string($0.range) }, ["２０２１", "１", "２"])
    XCTAssertEqual(found.map(\.message), ["“２０２１”应为“2021”", "“１”应为“1”", "“２”应为“2”"])
    XCTAssertEqual(try fixed(rule, "２０２１年，增长１.２%"), "2021年，增长1.2%")
    XCTAssertEqual(found[0].fix?.edits.map(\.replacement), ["2021"])
    // A run's message and fix are kept for its wrong forms: the same run again in another
    // document gets the same, and other runs of as many forms their own.
    let again = Document(path: "u.txt", string: "２０２１，１２０２，２０２１，２２")
    XCTAssertEqual(
      try rule.check(again, context: LintContext()).map { "\($0.message) \($0.fix?.edits.map(\.replacement) ?? [])" },
      ["“２０２１”应为“2021” [\"2021\"]", "“１２０２”应为“1202” [\"1202\"]", "“２０２１”应为“2021” [\"2021\"]", "“２２”应为“22” [\"22\"]"])
    let unjoined = try makeRule(yaml.replacingOccurrences(of: "join: true", with: "join: false"))
    XCTAssertEqual(try findings(unjoined, "２０２１年"), ["２", "０", "２", "１"])
  }

  // Consistency reports the minority variant and can fix it to the majority.
  func testConsistencyMinority() throws {
    let rule = try makeRule(
      """
      kind: consistency
      message: "混用“{match}”与“{majority}”"
      description: 测试。
      variants: {"%": '(?<=\\d)%', "％": '(?<=\\d)％'}
      fix: true
      examples: {invalid: ["5%，3%，2％"]}
      """)
    XCTAssertEqual(try findings(rule, "增长5%，下降3％，持平0％"), ["%"])
    XCTAssertEqual(try findings(rule, "增长5%，下降3%"), [])
    XCTAssertEqual(try fixed(rule, "5%，3%，2％"), "5%，3%，2%")
    // Messages are kept by the matched bytes for each majority: as the majority turns, so do
    // they, and kept ones read as rendered ones.
    for text in ["5%，3%，2％", "5％，3％，2%", "5%，3%，2％，1％", "5％，3％，2%，1%"] {
      let document = Document(path: "t.txt", string: text)
      // A tie goes to the first variant, “%”.
      let majority = text.filter { $0 == "%" }.count >= text.filter { $0 == "％" }.count ? "%" : "％"
      let minority = majority == "%" ? "％" : "%"
      let found = try rule.check(document, context: LintContext())
      XCTAssertEqual(found.map(\.message), found.map { _ in "混用“\(minority)”与“\(majority)”" }, text)
      XCTAssertEqual(found.map { $0.fix?.edits[0].replacement }, found.map { _ in majority }, text)
      XCTAssertFalse(found.isEmpty)
    }
    // The same minority text under another majority gets that majority's message.
    let three = try makeRule(
      """
      kind: consistency
      message: "混用“{match}”与“{majority}”"
      description: 测试。
      variants: {"%": '(?<=\\d)%', "％": '(?<=\\d)％', "成": '(?<=\\d)成'}
      examples: {invalid: ["5%，3%，2％"]}
      """)
    for (text, message) in [("5%，3%，2％", "混用“％”与“%”"), ("5成，3成，2％", "混用“％”与“成”"), ("5%，3%，2％", "混用“％”与“%”")] {
      XCTAssertEqual(try three.check(Document(path: "t.txt", string: text), context: LintContext()).map(\.message), [message])
    }
  }

  // Each variant is searched only where the linter's literal scan found one of its literals
  // (one without known literals, every document), and a document where the scan finds the
  // literals of one variant at most has no finding and is not searched: the same findings as
  // searching the whole text, on chosen and on random texts.
  func testConsistencyWithTheLiteralScan() throws {
    let rule = try makeRule(
      """
      kind: consistency
      message: "混用“{match}”与“{majority}”"
      description: 测试。
      variants: {"%": '(?<=\\d)%', "％": '(?<=\\d)％', "成": '\\d成(?!本)', "年": '\\d{3}(?=\\D|$)'}
      examples: {invalid: ["5%，3%，2％"]}
      """)
    XCTAssertEqual(rule.literals.sorted(), ["%", "成", "％"])
    let scan = LiteralScan(rules: [rule])
    func findingsAsWhenSearchingTheWholeText(_ text: String) throws -> Int {
      let document = Document(path: "t.txt", string: text)
      var scanned = LintContext()
      scanned.literalHits = scan.hitsByRule(in: document.text).hits(forRule: 0)
      let plain = try rule.check(document.uncachedCopy(), context: LintContext())
      XCTAssertEqual(try rule.check(document, context: scanned), plain, text)
      return plain.count
    }
    var findings = 0
    for text in ["增长5%，下降3％，持平0％，三成", "5％，6%，7%\n8成本，9成，1成", "%，％，5成", "增长5%"] {
      findings += try findingsAsWhenSearchingTheWholeText(text)
    }
    XCTAssertEqual(findings, 1 + 3)
    let alphabet = Array("%％成本56甲，\n")
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<1_500 {
      let length = Int.random(in: 0...40, using: &generator)
      findings += try findingsAsWhenSearchingTheWholeText(
        String((0..<length).map { _ in alphabet.randomElement(using: &generator)! }))
    }
    XCTAssertGreaterThan(findings, 100)
  }

  // A rule file cut short of its examples (`RuleSource.defersExamples`) keeps every other line
  // where it was, so errors still name the right line.
  func testWithoutExamplesBlanksTheBlockLineForLine() {
    let text = "kind: pattern\nexamples:\n  valid: [a]\n# note\n\n  invalid:\n    - b\nmessage: m\n"
    XCTAssertEqual(RuleExamples.withoutExamples(text), "kind: pattern\n\n\n\n\n\n\nmessage: m\n")
    XCTAssertEqual(RuleExamples.withoutExamples("examples: {invalid: [a]}\nkind: x"), "\nkind: x")
    XCTAssertNil(RuleExamples.withoutExamples("kind: pattern\nmessage: m\n"))
  }

  // Booleans and whole numbers are read as YAML 1.1 reads plain scalars; a quoted one is text.
  func testBooleanAndNumberFields() throws {
    func consistency(fix: String) throws -> any Rule {
      try makeRule(
        """
        kind: consistency
        message: "混用“{match}”与“{majority}”"
        description: 测试。
        variants: {"%": '(?<=\\d)%', "％": '(?<=\\d)％'}
        fix: \(fix)
        examples: {invalid: ["5%，3%，2％"]}
        """)
    }
    for yes in ["true", "True", "yes", "ON"] {
      XCTAssertEqual(try fixed(try consistency(fix: yes), "5%，3%，2％"), "5%，3%，2%", yes)
    }
    for no in ["false", "No", "off"] { XCTAssertEqual(try fixed(try consistency(fix: no), "5%，3%，2％"), "5%，3%，2％", no) }
    for wrong in ["'true'", "\"yes\"", "maybe", "1", "y"] {
      XCTAssertThrowsError(try consistency(fix: wrong), wrong) {
        XCTAssertTrue("\($0)".contains("must be true or false"), "\($0)")
      }
    }
    let repetition = RepetitionRuleTests.yaml
    XCTAssertNoThrow(try makeRule(repetition.replacingOccurrences(of: "min-length: 3", with: "min-length: 0x3")))
    for wrong in ["'3'", "three", "3.0"] {
      XCTAssertThrowsError(try makeRule(repetition.replacingOccurrences(of: "min-length: 3", with: "min-length: \(wrong)")), wrong) {
        XCTAssertTrue("\($0)".contains("must be a whole number"), "\($0)")
      }
    }
  }

  // Balance: a lone opener or closer is found; a line starting with a closing mark continues
  // the paragraph above (wiki-split lines).
  func testPairsBalance() throws {
    let rule = try makeRule(
      """
      kind: pairs
      message: "“{match}”缺少配对的“{partner}”"
      description: 测试。
      pairs: [["《", "》"], ["“", "”"]]
      examples: {invalid: ["《条例"]}
      """)
    XCTAssertEqual(try findings(rule, "学习《条例，落实”要求"), ["《", "”"])
    // A lone mark's message, rendered at load, names the mark and its partner.
    let lone = try rule.check(Document(path: "t.txt", string: "学习《条例，落实”要求"), context: LintContext())
    XCTAssertEqual(lone.map(\.message), ["“《”缺少配对的“》”", "“””缺少配对的““”"])
    XCTAssertEqual(try findings(rule, "学习《条例\n》精神"), [])
    XCTAssertEqual(try findings(rule, "学习《条例\n新的一段"), ["《"])
    // An empty line ends the paragraph; a line ending with an opening mark (of any pair) runs on,
    // across empty lines too; lines without marks between are skipped, and what they say counts
    // only while a mark is open.
    XCTAssertEqual(try findings(rule, "学习《条例\n\n》精神"), ["《", "》"])
    XCTAssertEqual(try findings(rule, "学习《条例“\n新的一段”》"), [])
    XCTAssertEqual(try findings(rule, "《条例（\n\r\n\n新》"), [])
    XCTAssertEqual(try findings(rule, "《条例（\n甲\n乙》"), ["《", "》"])
    XCTAssertEqual(try findings(rule, "《条例》\n甲（\n乙\n\n“丙\n丁”"), ["“", "”"])
    XCTAssertEqual(try findings(rule, "《甲》（\n《乙\n丙》"), ["《", "》"])
  }

  // Nesting: an inner 《》 is found and rewritten to 〈〉 with two edits.
  func testPairsNesting() throws {
    let rule = try makeRule(
      """
      kind: pairs
      check: nesting
      message: "内层书名号应为〈〉"
      description: 测试。
      pairs: [["《", "》"]]
      inner: [["〈", "〉"]]
      examples: {invalid: ["《关于《方案》的措施》"]}
      """)
    XCTAssertEqual(try fixed(rule, "《关于落实《方案》的措施》要求"), "《关于落实〈方案〉的措施》要求")
    XCTAssertEqual(try findings(rule, "《方案》和《措施》"), [])
  }

  // Load errors name the file and the line, for each kind of mistake.
  func testLoadErrorsNameFileAndLine() {
    func loadError(_ yaml: String) -> RuleLoadError? {
      do { _ = try makeRule(yaml); return nil } catch { return error as? RuleLoadError }
    }
    let base = "kind: pattern\nmessage: m\ndescription: d\nexamples: {invalid: [x]}\n"
    let unknownKey = loadError(base + "pattern: x\npatern: y\n")
    XCTAssertEqual(unknownKey?.line, 6)
    XCTAssertEqual(unknownKey?.file, "test/rule.yml")
    XCTAssertTrue(unknownKey?.message.contains("patern") == true)
    XCTAssertTrue(loadError(base + "pattern: '(unclosed'\n")?.message.contains("does not compile") == true)
    XCTAssertTrue(loadError("kind: pattern\ndescription: d\npattern: x\nexamples: {invalid: [x]}\n")?.message.contains("message") == true)
    XCTAssertTrue(loadError(base + "pattern: x\nfix: '$3'\n")?.message.contains("group") == true)
    XCTAssertTrue(loadError(base.replacingOccurrences(of: "pattern\n", with: "nonsense\n") + "pattern: x\n")?.message.contains("unknown kind") == true)
    XCTAssertTrue(loadError("kind: [\n")?.message.contains("YAML") == true)
  }

  // The example runner catches an example that does not behave as stated, in every variant.
  func testExampleRunnerCatchesWrongExamples() throws {
    let rule = try makeRule(
      """
      kind: pattern
      message: "半角逗号"
      description: d
      pattern: '(?<=\\p{Han}),(?=\\p{Han})'
      fix: '，'
      examples:
        valid: ["部署,推进"]
        invalid: ["部署，推进", "部↓署,推进"]
        fixes: [{before: "部署,推进", after: "部署,推进"}]
      """)
    let failures = RuleExampleRunner().run(rule)
    // Per variant: the valid example fires, one invalid raises nothing, one has a wrong mark, the fix differs.
    XCTAssertEqual(failures.count, 4 * RuleExampleRunner.Variant.allCases.count, failures.map(\.description).joined(separator: "\n"))
  }
}
