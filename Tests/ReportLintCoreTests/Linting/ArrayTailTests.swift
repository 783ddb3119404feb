import XCTest

@testable import ReportLintCore

/// `removeAll(from:where:)` and `sortMovingOnce(from:by:)` work on an array's tail by moving
/// elements: they must give what the plain forms give on the tail (the stable `sort(by:)`), and
/// leave the head as it was.
final class ArrayTailTests: XCTestCase {
  struct Item: Equatable {
    let key: Int
    /// Tells apart items of one key, so an unstable sort shows; a string, so the elements hold
    /// a reference, as findings do.
    let tag: String
  }

  static func randomItems(_ generator: inout SystemRandomNumberGenerator) -> [Item] {
    (0..<Int.random(in: 0..<40, using: &generator)).map { index in
      Item(key: Int.random(in: 0..<6, using: &generator), tag: "item number \(index) with a long tag")
    }
  }

  func testRemovingFromTheTailKeepsTheHeadAndTheOrder() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      var items = Self.randomItems(&generator)
      let start = Int.random(in: 0...items.count, using: &generator)
      let expected = Array(items[..<start]) + items[start...].filter { $0.key % 3 != 0 }
      items.removeAll(from: start) { $0.key % 3 == 0 }
      XCTAssertEqual(items, expected)
    }
  }

  func testSortingTheTailIsStableAndKeepsTheHead() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      var items = Self.randomItems(&generator)
      let start = Int.random(in: 0...items.count, using: &generator)
      let tail = items[start...].enumerated().sorted { left, right in
        left.element.key != right.element.key ? left.element.key < right.element.key : left.offset < right.offset
      }
      let expected = Array(items[..<start]) + tail.map(\.element)
      items.sortMovingOnce(from: start) { $0.key < $1.key }
      XCTAssertEqual(items, expected)
    }
  }

  func testSortingByIndicesIsTheStableSort() {
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<500 {
      var items = Self.randomItems(&generator)
      var expected = items
      expected.sort { $0.key < $1.key }
      items.sortMovingOnce { $0.key < $1.key }
      XCTAssertEqual(items, expected)
    }
  }
}
