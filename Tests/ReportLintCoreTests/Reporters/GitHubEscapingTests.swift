import XCTest

@testable import ReportLintCore

final class GitHubEscapingTests: XCTestCase {
  // The runner's escapes: `%`, CR and LF everywhere; `:` and `,` also in property values.
  func testEscapes() {
    XCTAssertEqual(GitHubReporter.escapeData("50%:\r\n,布署"), "50%25:%0D%0A,布署")
    XCTAssertEqual(GitHubReporter.escapeProperty("50%:\r\n,布署"), "50%25%3A%0D%0A%2C布署")
    XCTAssertEqual(GitHubReporter.escapeData("%25"), "%2525")
    XCTAssertEqual(GitHubReporter.escapeProperty("plain 文本"), "plain 文本")
  }
}
