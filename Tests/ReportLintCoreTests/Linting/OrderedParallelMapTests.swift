import Foundation
import XCTest

@testable import ReportLintCore

final class OrderedParallelMapTests: XCTestCase {
  /// Results come back in item order whatever order the threads finish in, for any number of
  /// threads and any window, the caller's thread working alongside the others.
  func testResultsInItemOrder() {
    let items = Array(0..<500)
    for jobs in [1, 2, 3, 8] {
      for window in [1, 2, 7, 64] {
        var seen: [Int] = []
        OrderedParallelMap.run(items, jobs: jobs, window: window) { item -> Int in
          // Uneven work, so later items often finish first.
          if item % 7 == 0 { usleep(200) }
          return item * 2
        } each: { seen.append($0) }
        XCTAssertEqual(seen, items.map { $0 * 2 }, "jobs \(jobs), window \(window)")
      }
    }
  }

  /// No more than `window` items are in flight (claimed, and not yet handed over) at any time,
  /// plus the one being handed over: it has left its slot by the time `each` counts it.
  func testWindowBoundsItemsInFlight() {
    let lock = NSLock()
    var started = 0
    var handedOver = 0
    var mostInFlight = 0
    OrderedParallelMap.run(Array(0..<300), jobs: 4, window: 5) { item -> Int in
      lock.lock()
      started += 1
      mostInFlight = max(mostInFlight, started - handedOver)
      lock.unlock()
      if item % 3 == 0 { usleep(100) }
      return item
    } each: { _ in
      lock.lock()
      handedOver += 1
      lock.unlock()
    }
    XCTAssertEqual(handedOver, 300)
    XCTAssertLessThanOrEqual(mostInFlight, 5 + 1)
    XCTAssertGreaterThan(mostInFlight, 1, "the threads never overlapped")
  }

  func testNoItems() {
    var calls = 0
    OrderedParallelMap.run([Int](), jobs: 4) { $0 } each: { _ in calls += 1 }
    XCTAssertEqual(calls, 0)
  }
}
