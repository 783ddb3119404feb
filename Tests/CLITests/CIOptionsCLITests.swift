import Foundation
import XCTest

/// `--files-from`, `--jobs`, `--max-warnings`, `--quiet` and the new formats through the binary.
final class CIOptionsCLITests: XCTestCase {
  static let withError = "按照县委统一部署,推进工作。\n"
  /// `punctuation.enumeration-comma-between-titles` is a warning.
  static let withWarning = "学习了《决定》、《意见》和《通知》。\n"

  /// A `git diff --name-only` list: non-report files are skipped (even deleted ones), reports are
  /// linted, and output and status are as for named files.
  func testFilesFromStandardInput() throws {
    let folder = try CLIRunner.folder(["a.txt": Self.withError, "b.md": "全文无误。\n", "main.swift": "x,y"], for: self)
    let result = try CLIRunner.run(
      ["lint", "--files-from", "-", "--format", "github"], stdin: Data("a.txt\r\nmain.swift\ndeleted.swift\n\nb.md\n".utf8), in: folder)
    XCTAssertEqual(result.status, 1, result.stderr)
    XCTAssertEqual(result.stderr, "")
    XCTAssertTrue(result.stdout.hasPrefix("::error file=a.txt,line=1,col=9,"), result.stdout)
  }

  func testFilesFromEmptyListIsClean() throws {
    let folder = try CLIRunner.folder(["list": ""], for: self)
    let result = try CLIRunner.run(["lint", "--files-from", "list"], in: folder)
    XCTAssertEqual(result.status, 0, result.stderr)
  }

  func testQuietShowsErrorsOnly() throws {
    let folder = try CLIRunner.folder(["a.txt": Self.withError + Self.withWarning], for: self)
    let loud = try CLIRunner.run(["lint", "a.txt", "--format", "checkstyle"], in: folder)
    XCTAssertTrue(loud.stdout.contains("severity=\"warning\""), loud.stdout)
    let quiet = try CLIRunner.run(["lint", "a.txt", "--format", "checkstyle", "--quiet"], in: folder)
    XCTAssertFalse(quiet.stdout.contains("severity=\"warning\""), quiet.stdout)
    XCTAssertTrue(quiet.stdout.contains("severity=\"error\""), quiet.stdout)
  }

  func testMaxWarnings() throws {
    let folder = try CLIRunner.folder(["a.txt": Self.withWarning], for: self)
    XCTAssertEqual(try CLIRunner.run(["lint", "a.txt"], in: folder).status, 0)
    XCTAssertEqual(try CLIRunner.run(["lint", "a.txt", "--max-warnings", "1"], in: folder).status, 0)
    let over = try CLIRunner.run(["lint", "a.txt", "--max-warnings", "0"], in: folder)
    XCTAssertEqual(over.status, 1)
    XCTAssertTrue(over.stderr.contains("--max-warnings 0"), over.stderr)
  }

  func testJobsMustBePositive() throws {
    let folder = try CLIRunner.folder(["a.txt": Self.withError], for: self)
    XCTAssertEqual(try CLIRunner.run(["lint", "a.txt", "--jobs", "0"], in: folder).status, 2)
  }

  /// Every CI format is selectable and its output is what the reporter tests pin.
  func testEveryFormatRuns() throws {
    let folder = try CLIRunner.folder(["a.txt": Self.withError], for: self)
    for format in ["sarif", "github", "junit", "checkstyle"] {
      let result = try CLIRunner.run(["lint", "a.txt", "--format", format], in: folder)
      XCTAssertEqual(result.status, 1, "\(format): \(result.stderr)")
      XCTAssertTrue(result.stdout.contains("punctuation.halfwidth-comma"), "\(format): \(result.stdout)")
    }
  }
}
