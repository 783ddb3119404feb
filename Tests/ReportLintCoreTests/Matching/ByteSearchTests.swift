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
      let haystack = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      let needle = (0..<Int.random(in: 0..<5, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      let found = haystack.withUnsafeBytes { ByteSearch.contains($0, needle) }
      XCTAssertEqual(found, naive(haystack, needle), "\(haystack) \(needle)")
    }
    XCTAssertTrue(Array("工作中存在的问题".utf8).withUnsafeBytes { ByteSearch.contains($0, Array("存在".utf8)) })
    XCTAssertFalse(Array("工作中存".utf8).withUnsafeBytes { ByteSearch.contains($0, Array("存在".utf8)) })
  }

  /// Every position of the pair, in order, across the vector steps and the byte-wise tail.
  func testForEachPairFindsEveryPositionInOrder() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<2000 {
      let haystack = (0..<Int.random(in: 0..<200, using: &generator)).map { _ in UInt8.random(in: 0...3, using: &generator) }
      let (first, second) = (UInt8.random(in: 0...3, using: &generator), UInt8.random(in: 0...3, using: &generator))
      let start = Int.random(in: 0...3, using: &generator)
      let expected = haystack.indices.filter { $0 >= start && $0 + 1 < haystack.count && haystack[$0] == first && haystack[$0 + 1] == second }
      var found: [Int] = []
      let stopped = haystack.withUnsafeBytes { ByteSearch.forEachPair(first, second, in: $0, from: start) { found.append($0); return false } }
      XCTAssertFalse(stopped)
      XCTAssertEqual(found, expected, "\(haystack) \(first) \(second) from \(start)")
    }
  }
}
