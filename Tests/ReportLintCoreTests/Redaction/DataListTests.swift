import XCTest

@testable import ReportLintCore

final class DataListTests: XCTestCase {
  /// How a data list was read before it was split on bytes: on Characters.
  func characterRows(_ contents: String) -> [[String]] {
    contents.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
      let text = line.hasSuffix("\r") ? line.dropLast() : line
      if text.isEmpty || text.hasPrefix("#") { return nil }
      return text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
    }
  }

  // LF and CRLF lines, comments, blank lines, stray CRs, empty fields, a combining mark after a
  // tab or a "#": the same rows as splitting Characters.
  func testRowsAsSplittingCharacters() {
    let contents = [
      "# comment\n咸阳市\t咸阳\t市\tcity\t610400\t-\r\n\n\r\n",
      "北京\t\t-\n#\u{301}not a comment?\tx\n\t\u{301}lead\r\r\nlast\r",
      "a\r\rb\nc\td\t\ne\r", "", "\n\n", "only",
    ]
    for text in contents {
      XCTAssertEqual(DataList(text).rows.map(\.fields), characterRows(text), text.debugDescription)
    }
  }

  func testBuiltinListsReadAsBefore() throws {
    let folder = RedactionTesting.fixtures.deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("Rules/redaction")
    for name in RedactionLexicon.files {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      XCTAssertEqual(DataList(text).rows.map(\.fields), characterRows(text), name)
    }
  }
}
