import Foundation
import XCTest

/// `--write-baseline` and `--baseline` through the binary.
final class BaselineCLITests: XCTestCase {
  static let report = "一、工作情况\n按照县委统一部署,推进工作。\n"

  /// Lines inserted above an old finding keep it hidden; a new finding still shows and fails.
  func testBaselineSurvivesInsertedLinesAndReportsNewFinding() throws {
    let folder = try CLIRunner.folder(["docs/汇报.txt": Self.report], for: self)
    let written = try CLIRunner.run(["lint", "docs", "--write-baseline", "baseline.json"], in: folder)
    XCTAssertEqual(written.status, 1, written.stderr)
    let quiet = try CLIRunner.run(["lint", "docs", "--baseline", "baseline.json"], in: folder)
    XCTAssertEqual(quiet.status, 0, quiet.stdout + quiet.stderr)

    let edited = "前言\n\n另起一段。\n" + Self.report + "加强领导,落实责任。\n"
    try CLIRunner.write(edited, to: "docs/汇报.txt", in: folder)
    let result = try CLIRunner.run(["lint", "./docs/", "--baseline", "baseline.json", "--format", "json"], in: folder)
    XCTAssertEqual(result.status, 1, result.stderr)
    let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as! [String: Any]
    let diagnostics = (json["files"] as! [[String: Any]])[0]["diagnostics"] as! [[String: Any]]
    XCTAssertEqual(diagnostics.map { $0["line"] as! Int }, [6], "only the new finding, on its new line")
  }

  /// A second identical finding in a file where the baseline counted one is new.
  func testCountsDistinguishRepeatedFindings() throws {
    let line = "按照县委统一部署,推进工作。\n"
    let folder = try CLIRunner.folder(["a.txt": line], for: self)
    _ = try CLIRunner.run(["lint", "a.txt", "--write-baseline", "b.json"], in: folder)
    try CLIRunner.write(line + line, to: "a.txt", in: folder)
    let result = try CLIRunner.run(["lint", "a.txt", "--baseline", "b.json", "--format", "github"], in: folder)
    XCTAssertEqual(result.status, 1)
    XCTAssertEqual(result.stdout.split(separator: "\n").count, 1, result.stdout)
    XCTAssertTrue(result.stdout.contains("line=2,"), result.stdout)
  }

  /// The file is sorted JSON with no timestamps: writing twice gives the same bytes.
  func testBaselineIsDeterministic() throws {
    let folder = try CLIRunner.folder(["b.txt": Self.report, "a.txt": "加强领导,落实责任。推进工作,狠抓落实。\n"], for: self)
    _ = try CLIRunner.run(["lint", ".", "--write-baseline", "one.json", "--jobs", "2"], in: folder)
    _ = try CLIRunner.run(["lint", ".", "--write-baseline", "two.json", "--jobs", "1"], in: folder)
    let one = try String(contentsOf: folder.appendingPathComponent("one.json"), encoding: .utf8)
    let two = try String(contentsOf: folder.appendingPathComponent("two.json"), encoding: .utf8)
    XCTAssertEqual(one, two)
    XCTAssertLessThan(one.range(of: "\"a.txt\"")!.lowerBound, one.range(of: "\"b.txt\"")!.lowerBound)
    XCTAssertFalse(one.contains("\"line\""))
  }

  func testUnreadableBaselineIsAnError() throws {
    let folder = try CLIRunner.folder(["a.txt": Self.report, "bad.json": "{"], for: self)
    let result = try CLIRunner.run(["lint", "a.txt", "--baseline", "bad.json"], in: folder)
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.stderr.contains("bad.json"), result.stderr)
  }
}
