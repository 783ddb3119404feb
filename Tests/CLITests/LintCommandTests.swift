import Foundation
import XCTest

@testable import ReportLintCore

final class LintCommandTests: XCTestCase {
  let seed = CLIRunner.packageRoot.appendingPathComponent("Fixtures/seeds/000.txt")

  // 0 for a clean file, 1 for error-level findings, 2 for a missing file.
  func testExitStatuses() throws {
    XCTAssertEqual(try CLIRunner.run(["lint", "Fixtures/kinds/clean.txt"]).status, 0)
    XCTAssertEqual(try CLIRunner.run(["lint", "Fixtures/kinds/pattern.txt"]).status, 1)
    let missing = try CLIRunner.run(["lint", "no/such/file.txt"])
    XCTAssertEqual(missing.status, 2)
    XCTAssertTrue(missing.stderr.contains("no/such/file.txt"), missing.stderr)
    XCTAssertEqual(try CLIRunner.run(["lint", "--format", "yaml", "x.txt"]).status, 2)
  }

  // The JSON output has exactly the contract's shape.
  func testJSONContract() throws {
    let outcome = try CLIRunner.run(["lint", "--format", "json", "Fixtures/kinds/pattern.txt"])
    let report = try CLIRunner.json(outcome.stdout)
    XCTAssertEqual(report["version"] as? Int, 1)
    let file = try XCTUnwrap((report["files"] as? [[String: Any]])?.first)
    XCTAssertEqual(file["path"] as? String, "Fixtures/kinds/pattern.txt")
    XCTAssertEqual(file["encoding"] as? String, "utf-8")
    let diagnostics = try XCTUnwrap(file["diagnostics"] as? [[String: Any]])
    XCTAssertFalse(diagnostics.isEmpty)
    for diagnostic in diagnostics {
      for key in ["rule", "severity", "message", "text"] { XCTAssertTrue(diagnostic[key] is String, key) }
      for key in ["line", "column", "endLine", "endColumn"] { XCTAssertTrue(diagnostic[key] is Int, key) }
      if let fix = diagnostic["fix"] as? [String: Any] { XCTAssertTrue(fix["edits"] is [Any]) }
    }
    // The half-width comma after 今年以来 on line 3: column 5, one character wide.
    let comma = diagnostics.first { $0["rule"] as? String == "punctuation.halfwidth-comma" }
    XCTAssertEqual(comma?["line"] as? Int, 3)
    XCTAssertEqual(comma?["column"] as? Int, 5)
    XCTAssertEqual(comma?["endColumn"] as? Int, 6)
    XCTAssertEqual((comma?["fix"] as? [String: Any])?["replacement"] as? String, "，")
    let summary = try XCTUnwrap(report["summary"] as? [String: Int])
    XCTAssertEqual(summary["files"], 1)
    XCTAssertEqual(summary["errors"]! + summary["warnings"]! + summary["infos"]!, diagnostics.count)
  }

  // The same report saved as GB18030, UTF-16 with BOM, and with CRLF gives the same findings at
  // the same lines and columns.
  func testEncodingsGiveSameFindings() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    let text = try String(contentsOf: seed, encoding: .utf8)
    let utf8 = Data(text.utf8)
    var variants: [String: Data] = ["utf8.txt": utf8]
    variants["gb18030.txt"] = Data(try XCTUnwrap(Transcoder.encode(Array(utf8), to: .gb18030)))
    variants["utf16.txt"] = Data([0xFF, 0xFE]) + text.data(using: .utf16LittleEndian)!
    variants["crlf.txt"] = Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    var results: [String: [String]] = [:]
    for (name, data) in variants {
      try data.write(to: folder.appendingPathComponent(name))
      let outcome = try CLIRunner.run(["lint", "--format", "json", folder.appendingPathComponent(name).path])
      results[name] = CLIRunner.findings(try CLIRunner.json(outcome.stdout))
    }
    XCTAssertFalse(results["utf8.txt"]!.isEmpty)
    for (name, found) in results { XCTAssertEqual(found, results["utf8.txt"], name) }
  }

  // A folder holding a binary file and a good file: the binary one is named on stderr and
  // skipped, the good one is still linted, and the run exits 2.
  func testBinaryFileInFolder() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    try Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A]).write(to: folder.appendingPathComponent("图片.txt"))
    try Data("今年以来,工作扎实。\n".utf8).write(to: folder.appendingPathComponent("汇报.txt"))
    let outcome = try CLIRunner.run(["lint", "--format", "json", folder.path])
    XCTAssertEqual(outcome.status, 2)
    XCTAssertTrue(outcome.stderr.contains("图片.txt") && outcome.stderr.contains("binary"), outcome.stderr)
    XCTAssertTrue(CLIRunner.findings(try CLIRunner.json(outcome.stdout)).contains { $0.hasPrefix("punctuation.halfwidth-comma") })
  }

  // A rule file with a broken pattern: exit 2, and the message names the file; the good rules
  // in the folder still run.
  func testBrokenRuleFile() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    let pack = folder.appendingPathComponent("mine")
    try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
    try """
    kind: pattern
    message: 坏规则
    description: 坏规则。
    pattern: '(未闭合'
    examples: {invalid: ["(未闭合"]}
    """.write(to: pack.appendingPathComponent("broken.yml"), atomically: true, encoding: .utf8)
    let outcome = try CLIRunner.run(["lint", "--rules", pack.path, "Fixtures/kinds/clean.txt"])
    XCTAssertEqual(outcome.status, 2)
    XCTAssertTrue(outcome.stderr.contains("mine/broken.yml"), outcome.stderr)
    XCTAssertTrue(outcome.stderr.contains("does not compile"), outcome.stderr)
  }

  // Standard input is linted under the given name.
  func testStdin() throws {
    let outcome = try CLIRunner.run(
      ["lint", "--stdin", "--stdin-filename", "草稿.txt", "--format", "json"], stdin: Data("部署,推进\n".utf8))
    XCTAssertEqual(outcome.status, 1)
    let report = try CLIRunner.json(outcome.stdout)
    XCTAssertEqual((report["files"] as? [[String: Any]])?.first?["path"] as? String, "草稿.txt")
  }

  // Text output: path:line:column, severity, message, rule id, and a caret under the span.
  func testTextOutput() throws {
    let outcome = try CLIRunner.run(["lint", "Fixtures/kinds/pattern.txt"])
    XCTAssertTrue(outcome.stdout.contains("Fixtures/kinds/pattern.txt:3:5: error:"), outcome.stdout)
    XCTAssertTrue(outcome.stdout.contains("[punctuation.halfwidth-comma]"))
    XCTAssertTrue(outcome.stdout.contains("^"))
  }

  // `rules` lists the built-in rules and `explain` shows one with its examples.
  func testRulesAndExplain() throws {
    let rules = try CLIRunner.run(["rules"])
    XCTAssertEqual(rules.status, 0)
    XCTAssertTrue(rules.stdout.contains("punctuation.halfwidth-comma"))
    let explain = try CLIRunner.run(["explain", "punctuation.halfwidth-comma"])
    XCTAssertEqual(explain.status, 0)
    XCTAssertTrue(explain.stdout.contains("错误："))
    XCTAssertEqual(try CLIRunner.run(["explain", "no.such-rule"]).status, 2)
  }

  // `test-rules` passes on the built-in packs and fails on a rule with a wrong example.
  func testTestRules() throws {
    XCTAssertEqual(try CLIRunner.run(["test-rules"]).status, 0)
    let folder = try CLIRunner.temporaryFolder(for: self)
    try """
    kind: pattern
    message: 半角逗号
    description: 测试。
    pattern: ','
    examples: {valid: ["部署,推进"], invalid: ["部署,推进"]}
    """.write(to: folder.appendingPathComponent("comma.yml"), atomically: true, encoding: .utf8)
    let outcome = try CLIRunner.run(["test-rules", folder.path])
    XCTAssertEqual(outcome.status, 1)
    XCTAssertTrue(outcome.stdout.contains("FAIL"), outcome.stdout)
  }
}
