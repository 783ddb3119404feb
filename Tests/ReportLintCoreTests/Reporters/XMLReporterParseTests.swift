import Foundation
import XCTest

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import ReportLintCore

/// JUnit and checkstyle output parsed back with Foundation's XML parser: it must be well-formed
/// and the escaped messages must come back exactly as the findings said them.
final class XMLReporterParseTests: XCTestCase {
  func testCheckstyleParsesBack() throws {
    let xml = try XMLDocument(xmlString: CheckstyleReporter().report(ReporterFixture.files))
    let errors = try xml.nodes(forXPath: "/checkstyle/file/error") as! [XMLElement]
    let expected = ReporterFixture.files[0].diagnostics
    XCTAssertEqual(errors.map { $0.attribute(forName: "message")?.stringValue }, expected.map(\.message))
    XCTAssertEqual(errors.map { $0.attribute(forName: "source")?.stringValue }, expected.map(\.ruleID))
    XCTAssertEqual(errors[1].attribute(forName: "column")?.stringValue, "19")
    let files = try xml.nodes(forXPath: "/checkstyle/file/@name").map(\.stringValue)
    XCTAssertEqual(files, ["docs/汇报 2024.md", "docs/clean.txt"])
  }

  func testJUnitParsesBack() throws {
    let xml = try XMLDocument(xmlString: JUnitReporter().report(ReporterFixture.files))
    let suites = try xml.nodes(forXPath: "/testsuites/testsuite") as! [XMLElement]
    XCTAssertEqual(suites.map { $0.attribute(forName: "failures")?.stringValue }, ["3", "0"])
    let failures = try xml.nodes(forXPath: "//failure") as! [XMLElement]
    XCTAssertEqual(
      failures.compactMap { $0.attribute(forName: "message")?.stringValue },
      ReporterFixture.files[0].diagnostics.sorted { $0.ruleID < $1.ruleID }.map(\.message))
    // The clean file passes with one test case and no failure.
    let cleanCases = try xml.nodes(forXPath: "/testsuites/testsuite[2]/testcase") as! [XMLElement]
    XCTAssertEqual(cleanCases.count, 1)
    XCTAssertEqual(cleanCases[0].childCount, 0)
  }

  /// Characters XML forbids do not make the file unreadable.
  func testControlCharactersStayWellFormed() throws {
    var files = ReporterFixture.files
    files[0].diagnostics[0].message = "坏\u{0B}字 <&> \"引\" 'x'\n第二行"
    let xml = try XMLDocument(xmlString: CheckstyleReporter().report(files))
    let message = try xml.nodes(forXPath: "/checkstyle/file/error/@message").first?.stringValue
    XCTAssertEqual(message, "坏\u{FFFD}字 <&> \"引\" 'x'\n第二行")
  }
}
