import XCTest
import Yams

@testable import ReportLintCore

final class YAMLFieldsTests: XCTestCase {
  // The plain-decimal shortcut reads every number as Yams' `Node.int` does, and leaves the rest
  // (other bases, signs, underscores, quoted text, overflow) to it.
  func testIntReadsAsYamsReads() throws {
    let values = [
      "0", "7", "12", "40", "012", "00", "0x1F", "0o17", "0b101", "1_000", "+5", "-3", "1:30", "123456789012345678",
      "1234567890123456789", "99999999999999999999", "'12'", "\"12\"", "abc", "''", "1.5", "１２",
    ]
    var read = 0
    for value in values {
      let node = try XCTUnwrap(YAMLFields.compose("n: \(value)")?.mapping?["n"], value)
      if let shortcut = YAMLFields.plainDecimal(node) {
        XCTAssertEqual(shortcut, node.int, value)
        read += 1
      }
      let fields = try YAMLFields(file: "t.yml", node: try XCTUnwrap(YAMLFields.compose("n: \(value)")))
      XCTAssertEqual(try? fields.int("n"), node.int, value)
    }
    XCTAssertEqual(read, 5)  // 0, 7, 12, 40 and 18 digits; 19 are left to Yams
  }

  // A scalar key is read directly; every key reads as Yams' `Node.string` reads it, and a key
  // that is not text is refused.
  func testKeysReadAsYamsReads() throws {
    let yaml = "plain: 1\n'quoted': 2\n\"double\": 3\n!!str tagged: 4\n5: 5\n中文: 6\n? [a, b]\n: 7\n"
    let node = try XCTUnwrap(YAMLFields.compose(yaml))
    let expected = try XCTUnwrap(node.mapping).compactMap { $0.key.string }
    XCTAssertEqual(expected.count, 6)
    XCTAssertThrowsError(try YAMLFields(file: "t.yml", node: node))
    let texts = try XCTUnwrap(YAMLFields.compose(yaml.replacingOccurrences(of: "? [a, b]\n: 7\n", with: "")))
    XCTAssertEqual(try YAMLFields(file: "t.yml", node: texts).unusedKeys.map(\.key), expected)
  }
}
