import Foundation
import XCTest

/// Suppression happens in `Linter.lint`, so `fix` inherits it: a suppressed finding is not fixed.
final class SuppressionCLITests: XCTestCase {
  func testSuppressedFindingIsNotFixed() throws {
    let text = "# 汇报\n\n<!-- reportlint-disable-next-line punctuation.halfwidth-comma -->\n"
      + "引用原文,不改。\n加强领导,落实责任。\n"
    let folder = try CLIRunner.folder(["a.md": text], for: self)
    _ = try CLIRunner.run(["fix", "a.md"], in: folder)
    let fixed = try String(contentsOf: folder.appendingPathComponent("a.md"), encoding: .utf8)
    XCTAssertEqual(fixed, text.replacingOccurrences(of: "加强领导,", with: "加强领导，"))
  }
}
