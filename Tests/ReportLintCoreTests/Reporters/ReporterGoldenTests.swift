import Foundation
import XCTest

@testable import ReportLintCore

/// Every reporter against its golden file, from the same fixed result.
final class ReporterGoldenTests: XCTestCase {
  func testSARIF() {
    Golden.assertMatches(
      SARIFReporter().report(ReporterFixture.files, context: ReporterFixture.context), "report.sarif")
  }

  func testGitHub() {
    Golden.assertMatches(GitHubReporter().report(ReporterFixture.files), "report.github.txt")
  }

  func testJUnit() {
    Golden.assertMatches(JUnitReporter().report(ReporterFixture.files), "report.junit.xml")
  }

  func testCheckstyle() {
    Golden.assertMatches(CheckstyleReporter().report(ReporterFixture.files), "report.checkstyle.xml")
  }

  func testJSON() {
    Golden.assertMatches(JSONReporter().report(ReporterFixture.files), "report.json")
  }

  func testText() {
    Golden.assertMatches(TextReporter().report(ReporterFixture.files), "report.txt")
  }

  /// The context-free entry point still works for reporters that need no rules: JSON and text are
  /// unchanged by the context, and SARIF falls back to naming the rules its findings use.
  func testContextIsOptional() {
    XCTAssertEqual(
      JSONReporter().report(ReporterFixture.files),
      JSONReporter().report(ReporterFixture.files, context: ReporterFixture.context))
    XCTAssertTrue(SARIFReporter().report(ReporterFixture.files).contains("\"id\": \"typos.confusables\""))
  }
}
