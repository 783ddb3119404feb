import Foundation
import XCTest

@testable import ReportLintCore

final class RedactCommandTests: XCTestCase {
  let report = "县委书记李明同志于8月15日主持召开会议，选派137名干部。\n联系电话：13912345678。\n"
  let masked = "县委书记**同志于*月*日主持召开会议，选派*名干部。\n联系电话：***********。\n"

  func write(_ text: [UInt8], _ name: String, in folder: URL) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(text).write(to: url)
    return url
  }

  // stdout by default; the input is left alone; redacting the output again changes nothing.
  func testRedactsToStandardOutput() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    let input = try write(Array(report.utf8), "汇报.txt", in: folder)
    let outcome = try CLIRunner.run(["redact", input.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    XCTAssertEqual(outcome.stdout, masked)
    XCTAssertEqual(try String(contentsOf: input, encoding: .utf8), report)
    let again = try write(Array(outcome.stdout.utf8), "again.txt", in: folder)
    XCTAssertEqual(try CLIRunner.run(["redact", again.path]).stdout, masked)
  }

  // GB18030 with CRLF comes back as GB18030 with CRLF.
  func testKeepsEncodingAndLineEndings() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    let crlf = report.replacingOccurrences(of: "\n", with: "\r\n")
    let bytes = try XCTUnwrap(Transcoder.encode(Array(crlf.utf8), to: .gb18030))
    let input = try write(bytes, "gb.txt", in: folder)
    let output = folder.appendingPathComponent("out.txt")
    let outcome = try CLIRunner.run(["redact", input.path, "-o", output.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    let expected = try XCTUnwrap(Transcoder.encode(Array(masked.replacingOccurrences(of: "\n", with: "\r\n").utf8), to: .gb18030))
    XCTAssertEqual([UInt8](try Data(contentsOf: output)), expected)
    XCTAssertEqual(outcome.stdout, "")
  }

  // -o naming the input is refused; --in-place replaces it; the map is private and lists the pairs.
  func testInPlaceAndMap() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    let input = try write(Array(report.utf8), "a.txt", in: folder)
    XCTAssertEqual(try CLIRunner.run(["redact", input.path, "-o", input.path]).status, 2)
    XCTAssertEqual(try String(contentsOf: input, encoding: .utf8), report)
    let map = folder.appendingPathComponent("map.json")
    let outcome = try CLIRunner.run(["redact", input.path, "--in-place", "--map", map.path])
    XCTAssertEqual(outcome.status, 0, outcome.stderr)
    XCTAssertEqual(try String(contentsOf: input, encoding: .utf8), masked)
    let attributes = try FileManager.default.attributesOfItem(atPath: map.path)
    XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
    let json = try CLIRunner.json(try String(contentsOf: map, encoding: .utf8))
    let entries = try XCTUnwrap(json["entries"] as? [[String: Any]])
    XCTAssertTrue(entries.contains { $0["original"] as? String == "13912345678" && $0["mask"] as? String == "***********" })
    XCTAssertTrue(entries.contains { $0["original"] as? String == "李明" && $0["category"] as? String == "person" })
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["a.txt", "map.json"])
  }

  // lint --profile redacted: the leaks are errors, shown masked, never in full.
  func testRedactedProfileShowsValuesMasked() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    let input = try write(Array(report.utf8), "b.txt", in: folder)
    let text = try CLIRunner.run(["lint", "--profile", "redacted", input.path])
    XCTAssertEqual(text.status, 1)
    XCTAssertTrue(text.stdout.contains("redaction.phone"), text.stdout)
    XCTAssertTrue(text.stdout.contains("139****5678"), text.stdout)
    XCTAssertFalse(text.stdout.contains("13912345678"), text.stdout)
    XCTAssertFalse(text.stdout.contains("李明"), text.stdout)
    let json = try CLIRunner.run(["lint", "--profile", "redacted", "--format", "json", input.path])
    XCTAssertFalse(json.stdout.contains("13912345678"), json.stdout)
    XCTAssertTrue(json.stdout.contains("\"text\": \"李*\""), json.stdout)
    let clean = try write(Array(masked.utf8), "c.txt", in: folder)
    let none = try CLIRunner.run(["lint", "--profile", "redacted", "--format", "json", clean.path])
    XCTAssertFalse(none.stdout.contains("\"rule\": \"redaction."), none.stdout)
  }

  // A value that survives its own mask stops the run: exit 2, nothing written.
  func testFailsClosedWhenSomethingSurvives() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    let pack = folder.appendingPathComponent("rules/leaky")
    try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
    try FileManager.default.copyItem(
      at: CLIRunner.packageRoot.appendingPathComponent("Rules/redaction/data"), to: pack.appendingPathComponent("data"))
    // The first rule masks 甲 in 甲乙 and leaves 乙; the second finds *乙, so the output still leaks.
    let rule = { (name: String, pattern: String, example: String) in
      try """
        kind: redact
        category: person
        mask: name
        message: "泄露“{masked}”"
        description: 测试用。
        pattern: '\(pattern)'
        examples:
          invalid: ["\(example)"]
        """.write(to: pack.appendingPathComponent("\(name).yml"), atomically: true, encoding: .utf8)
    }
    try rule("first", "(?<mask>甲)乙", "甲乙")
    try rule("second", "\\*乙", "*乙")
    let input = try write(Array("甲乙\n".utf8), "d.txt", in: folder)
    let output = folder.appendingPathComponent("out.txt")
    let outcome = try CLIRunner.run(["redact", "--rules", folder.appendingPathComponent("rules").path, input.path, "-o", output.path])
    XCTAssertEqual(outcome.status, 2, outcome.stderr)
    XCTAssertTrue(outcome.stderr.contains("未写出任何文件"), outcome.stderr)
    XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted(), ["d.txt", "rules"])
    let stdout = try CLIRunner.run(["redact", "--rules", folder.appendingPathComponent("rules").path, input.path])
    XCTAssertEqual(stdout.status, 2)
    XCTAssertEqual(stdout.stdout, "")
  }
}
