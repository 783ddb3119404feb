import XCTest

@testable import ReportLintCore

final class ByteSearchTests: XCTestCase {
  func testAgreesWithNaiveSearch() {
    var generator = SystemRandomNumberGenerator()
    let alphabet = Array("存在问题ab".utf8)
    func naive(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
      needle.isEmpty || (0..<max(0, haystack.count - needle.count + 1)).contains { haystack[$0..<$0 + needle.count].elementsEqual(needle) }
    }
    for _ in 0..<5000 {
      let haystack = (0..<Int.random(in: 0..<30, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      let needle = (0..<Int.random(in: 0..<5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      let found = haystack.withUnsafeBytes { ByteSearch.contains($0, needle) }
      XCTAssertEqual(found, naive(haystack, needle), "\(haystack) \(needle)")
    }
    XCTAssertTrue(Array("工作中存在的问题".utf8).withUnsafeBytes { ByteSearch.contains($0, Array("存在".utf8)) })
    XCTAssertFalse(Array("工作中存".utf8).withUnsafeBytes { ByteSearch.contains($0, Array("存在".utf8)) })
  }
}
