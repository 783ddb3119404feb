import XCTest

@testable import ReportLintCore

final class LineEndingTests: XCTestCase {
  func testDetect() {
    func detect(_ text: String) -> LineEnding { .detect(in: Array(text.utf8)) }
    XCTAssertEqual(detect(""), .none)
    XCTAssertEqual(detect("一行，无换行"), .none)
    XCTAssertEqual(detect("\n"), .lf)
    XCTAssertEqual(detect("一\n二\n"), .lf)
    XCTAssertEqual(detect("\r\n"), .crlf)
    XCTAssertEqual(detect("一\r\n二\r\n三"), .crlf)
    XCTAssertEqual(detect("一\r\n二\n"), .mixed)
    XCTAssertEqual(detect("\n一\r\n"), .mixed)
    // A lone CR is not a line end here; a CR two bytes before the LF does not make a CRLF.
    XCTAssertEqual(detect("一\r二\n"), .lf)
    XCTAssertEqual(detect("一\r \n"), .lf)
    // Long enough for the search to run in wide steps.
    XCTAssertEqual(detect(String(repeating: "汇报材料，", count: 500) + "\r\n" + String(repeating: "甲", count: 300)), .crlf)
  }
}
