import Foundation
import XCTest

/// The JSON output for each sample report in Fixtures/, compared after decoding with the golden
/// file beside it. Set REPORTLINT_RECORD=1 to re-record (the test then fails, so a recording is
/// always looked at before it is committed).
final class GoldenOutputTests: XCTestCase {
  static let samples = ["seeds", "kinds"]

  func testJSONOutputMatchesGoldenFiles() throws {
    let root = CLIRunner.packageRoot
    let record = ProcessInfo.processInfo.environment["REPORTLINT_RECORD"] == "1"
    var compared = 0
    for folder in Self.samples {
      let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Fixtures/\(folder)").path)
      for name in names.sorted() where name.hasSuffix(".txt") {
        let path = "Fixtures/\(folder)/\(name)"
        let outcome = try CLIRunner.run(["lint", "--format", "json", path])
        XCTAssertLessThan(outcome.status, 2, outcome.stderr)
        let golden = root.appendingPathComponent("Fixtures/golden/\(folder)-\(name.dropLast(4)).json")
        if record {
          try Data(outcome.stdout.utf8).write(to: golden)
          continue
        }
        let expected = try JSONSerialization.jsonObject(with: Data(contentsOf: golden)) as! NSDictionary
        let actual = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as! NSDictionary
        XCTAssertEqual(actual, expected, "\(path) differs from \(golden.lastPathComponent); re-record with REPORTLINT_RECORD=1 after checking")
        compared += 1
      }
    }
    if record { XCTFail("golden files re-recorded; check them with git diff and run again") }
    XCTAssertGreaterThan(compared, 5)
  }
}
