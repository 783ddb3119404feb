import Foundation
import ReportLintCore
import XCTest

/// `reportlint fix`, run as a user runs it.
final class FixCommandTests: XCTestCase {
  let draft = CLIRunner.packageRoot.appendingPathComponent("Fixtures/fix/draft.txt")

  override func setUpWithError() throws {
    try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: CLIRunner.binary.path), "build first: swift build")
  }

  func copyOfDraft(in folder: URL, as name: String = "draft.txt", transform: (String) -> [UInt8]? = { Array($0.utf8) }) throws -> URL {
    let url = folder.appendingPathComponent(name)
    try Data(XCTUnwrap(transform(try String(contentsOf: draft, encoding: .utf8)))).write(to: url)
    return url
  }

  func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

  /// The draft fixed once through the CLI, as UTF-8 with LF.
  func fixedDraft() throws -> [UInt8] {
    let file = try copyOfDraft(in: try CLIRunner.temporaryFolder(for: self))
    _ = try CLIRunner.run(["fix", file.path])
    return try bytes(file)
  }

  func testDraftIsFixedCompletelyAndASecondRunChangesNothing() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    let file = try copyOfDraft(in: folder)
    let original = try bytes(file)
    let first = try CLIRunner.run(["fix", file.path])
    XCTAssertNotEqual(try bytes(file), original)
    XCTAssertTrue(first.stdout.contains("已修复"), first.stdout)
    XCTAssertNotEqual(first.status, 2, first.stderr)

    let lint = try CLIRunner.run(["lint", "--format", "json", file.path])
    let json = try CLIRunner.json(lint.stdout)
    let diagnostics = ((json["files"] as? [[String: Any]])?.first?["diagnostics"] as? [[String: Any]]) ?? []
    XCTAssertEqual(diagnostics.filter { $0["fix"] != nil }.count, 0, "no finding with a safe fix remains")

    let inode = try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int
    let once = try bytes(file)
    let second = try CLIRunner.run(["fix", file.path])
    XCTAssertEqual(try bytes(file), once)
    XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: file.path)[.systemFileNumber] as? Int, inode, "not rewritten")
    XCTAssertFalse(second.stdout.contains("已修复"))
  }

  func testGB18030WithCRLFIsFixedToTheSameTextInGB18030WithCRLF() throws {
    let expected = try fixedDraft()
    let folder = try CLIRunner.temporaryFolder(for: self)
    let toGB = { (text: String) -> [UInt8]? in
      let crlf = text.replacingOccurrences(of: "\n", with: "\r\n")
      return SourceEncoding(encoding: .gb18030, hasByteOrderMark: false, lineEnding: .crlf).encode(Array(crlf.utf8))
    }
    let file = try copyOfDraft(in: folder, transform: toGB)
    let result = try CLIRunner.run(["fix", file.path])
    XCTAssertNotEqual(result.status, 2, result.stderr)
    let expectedBytes = try XCTUnwrap(toGB(String(decoding: expected, as: UTF8.self)))
    XCTAssertEqual(try bytes(file), expectedBytes)
  }

  func testStdinWritesTheFixedTextToStdout() throws {
    let expected = try fixedDraft()
    let result = try CLIRunner.run(["fix", "--stdin"], stdin: try Data(contentsOf: draft))
    XCTAssertEqual(Array(result.stdout.utf8), expected)
  }

  func testDiffAndDryRunLeaveTheFileUntouched() throws {
    let expected = try fixedDraft()
    let folder = try CLIRunner.temporaryFolder(for: self)
    let file = try copyOfDraft(in: folder)
    let original = try bytes(file)

    let dryRun = try CLIRunner.run(["fix", "--dry-run", file.path])
    XCTAssertEqual(try bytes(file), original)
    XCTAssertTrue(dryRun.stdout.contains("将修复"), dryRun.stdout)
    XCTAssertTrue(dryRun.stdout.contains("punctuation.halfwidth-comma"))

    let diff = try CLIRunner.run(["fix", "--diff", file.path])
    XCTAssertEqual(try bytes(file), original)
    XCTAssertTrue(diff.stdout.hasPrefix("--- \(file.path)\n+++ \(file.path)\n@@ "), diff.stdout)
    // The diff is a real patch: applying it gives the fixed text.
    let patchFile = folder.appendingPathComponent("fix.patch")
    try Data(diff.stdout.utf8).write(to: patchFile)
    let patch = Process()
    patch.executableURL = URL(fileURLWithPath: "/usr/bin/patch")
    patch.arguments = ["-s", file.path, patchFile.path]
    guard FileManager.default.isExecutableFile(atPath: "/usr/bin/patch") else { return }
    try patch.run()
    patch.waitUntilExit()
    XCTAssertEqual(patch.terminationStatus, 0)
    XCTAssertEqual(try bytes(file), expected)
  }

  func testRulesThatUndoEachOtherStopAndSaySo() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    let pack = folder.appendingPathComponent("rules/fight")
    try FileManager.default.createDirectory(at: pack, withIntermediateDirectories: true)
    for (name, from, to) in [("a-to-b", "甲", "乙"), ("b-to-a", "乙", "甲")] {
      let yaml = """
        kind: pattern
        message: "“{match}”应为“\(to)”"
        severity: error
        description: 测试用规则。
        pattern: '\(from)'
        fix: '\(to)'
        examples:
          valid: ["丙"]
          invalid: ["↓\(from)"]

        """
      try yaml.write(to: pack.appendingPathComponent("\(name).yml"), atomically: true, encoding: .utf8)
    }
    let file = folder.appendingPathComponent("report.txt")
    try "写甲字。\n".write(to: file, atomically: true, encoding: .utf8)
    let result = try CLIRunner.run(["fix", "--rules", folder.appendingPathComponent("rules").path, file.path])
    XCTAssertTrue(result.stderr.contains("fight.a-to-b") && result.stderr.contains("fight.b-to-a"), result.stderr)
    XCTAssertTrue(result.stderr.contains(file.path))
    XCTAssertEqual(result.status, 1, "the fight leaves an error-level finding")
    XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), "写甲字。\n", "back to the earlier text: not rewritten")
  }

  func testAReadOnlyFileIsAnErrorNamingTheFile() throws {
    let folder = try CLIRunner.temporaryFolder(for: self)
    let file = try copyOfDraft(in: folder)
    let original = try bytes(file)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: file.path)
    let result = try CLIRunner.run(["fix", file.path])
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.stderr.contains(file.path) && result.stderr.contains("read-only"), result.stderr)
    XCTAssertEqual(try bytes(file), original)
  }

  func testUnknownRuleAndExitStatuses() throws {
    let unknown = try CLIRunner.run(["fix", "--rule", "no.such-rule", draft.path])
    XCTAssertEqual(unknown.status, 2)
    XCTAssertTrue(unknown.stderr.contains("no.such-rule"))
    XCTAssertEqual(try CLIRunner.run(["fix", "--dry-run", "--diff", draft.path]).status, 2)

    let folder = try CLIRunner.temporaryFolder(for: self)
    let file = try copyOfDraft(in: folder)
    // Only one rule fixed: the other error-level findings remain, so the status is 1.
    let scoped = try CLIRunner.run(["fix", "--rule", "numbers.fullwidth-digits", file.path])
    XCTAssertEqual(scoped.status, 1)
    XCTAssertFalse(try String(contentsOf: file, encoding: .utf8).contains("１"))
    XCTAssertTrue(try String(contentsOf: file, encoding: .utf8).contains("安排,"))
    XCTAssertEqual(try CLIRunner.run(["fix", file.path]).status, 0)
  }
}
