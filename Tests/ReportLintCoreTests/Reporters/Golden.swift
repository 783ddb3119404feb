import Foundation
import XCTest

/// Golden files under `Fixtures/golden/`: compared byte for byte; re-recorded (and the test then
/// fails, so a recording is never mistaken for a pass) only when `REPORTLINT_RECORD=1` is set.
enum Golden {
  /// The package root, from this file's path (Tests/ReportLintCoreTests/Reporters/Golden.swift).
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func assertMatches(
    _ actual: String, _ name: String, file: StaticString = #filePath, line: UInt = #line
  ) {
    let url = packageRoot.appendingPathComponent("Fixtures/golden/\(name)")
    if ProcessInfo.processInfo.environment["REPORTLINT_RECORD"] == "1" {
      try? FileManager.default.createDirectory(
        at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
      try! Data(actual.utf8).write(to: url)
      XCTFail("recorded \(url.path); unset REPORTLINT_RECORD and run again", file: file, line: line)
      return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
      XCTFail("no golden file \(url.path); run with REPORTLINT_RECORD=1 to record it", file: file, line: line)
      return
    }
    XCTAssertEqual(actual, expected, "differs from \(url.path)", file: file, line: line)
  }
}
