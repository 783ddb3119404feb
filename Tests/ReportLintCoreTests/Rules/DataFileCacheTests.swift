import XCTest

@testable import ReportLintCore

final class DataFileCacheTests: XCTestCase {
  /// A list is parsed once for its path, contents and type, and again when any of them differs.
  func testParsesOnceForEachPathContentsAndType() {
    let cache = DataFileCache()
    var parses = 0
    func words(_ path: String, _ contents: String) -> [String] {
      cache.value(for: (path, contents), as: [String].self) {
        parses += 1
        return contents.split(separator: "\n").map(String.init)
      }
    }
    XCTAssertEqual(words("a.txt", "甲\n乙"), ["甲", "乙"])
    XCTAssertEqual(words("a.txt", "甲\n乙"), ["甲", "乙"])
    XCTAssertEqual(parses, 1)
    XCTAssertEqual(words("a.txt", "丙"), ["丙"])
    XCTAssertEqual(words("b.txt", "甲\n乙"), ["甲", "乙"])
    XCTAssertEqual(parses, 3)
    XCTAssertEqual(cache.value(for: ("a.txt", "甲\n乙"), as: Int.self) { parses += 1; return 2 }, 2)
    XCTAssertEqual(parses, 4)
    XCTAssertEqual(words("a.txt", "丙"), ["丙"])
    XCTAssertEqual(parses, 4)
  }
}
