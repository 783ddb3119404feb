import XCTest

@testable import ReportLintCore

final class ByteSinkTests: XCTestCase {
  /// Pieces of every size, across many doublings of the storage, come out in order.
  func testAppendsAcrossGrowth() {
    var sink = ByteSink(capacity: 1)
    var expected: [UInt8] = []
    for round in 0..<2000 {
      let piece = (0..<(round % 37)).map { UInt8(truncatingIfNeeded: round &+ $0) }
      piece.withUnsafeBufferPointer { sink.append($0) }
      expected += piece
      sink.append(UInt8(round % 256))
      expected.append(UInt8(round % 256))
    }
    XCTAssertEqual(sink.count, expected.count)
    var output: [UInt8] = [1, 2, 3]
    sink.finish(into: &output)
    XCTAssertEqual(output, [1, 2, 3] + expected)
  }

  func testDecimalDigits() {
    for number in [0, 7, -7, 10, 1234567890, Int.max, Int.min] {
      XCTAssertEqual(number.withDecimalDigits { String(decoding: $0, as: UTF8.self) }, String(number))
    }
  }
}
