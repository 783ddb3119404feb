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

  static let decimalCases = [0, 7, -7, 9, 10, 42, 99, 100, 305, 999, 1000, 4096, 9999, 10_000, 1234567890, Int.max, Int.min, Int.max / 10, -1]

  /// A sink on lent storage writes there while its bytes fit, then copies them to its own.
  func testLentStorageThenOwn() {
    let lent = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: 8)
    defer { lent.deallocate() }
    var sink = ByteSink(lent: lent)
    let piece: [UInt8] = [1, 2, 3]
    piece.withUnsafeBufferPointer { sink.append($0) }
    piece.withUnsafeBufferPointer { sink.append($0) }
    XCTAssertFalse(sink.ownsStorage)
    XCTAssertEqual(Array(lent.prefix(6)), piece + piece)
    piece.withUnsafeBufferPointer { sink.append($0) }
    XCTAssertTrue(sink.ownsStorage)
    var output: [UInt8] = []
    sink.finish(into: &output)
    XCTAssertEqual(output, piece + piece + piece)
  }

  func testDecimalDigits() {
    for number in Self.decimalCases {
      XCTAssertEqual(number.withDecimalDigits { String(decoding: $0, as: UTF8.self) }, String(number))
    }
  }

  /// Numbers written in place: every one below 10,100 (the table's and past it), then each of
  /// every length, at the edge of the storage.
  func testAppendDecimal() {
    var generator = SystemRandomNumberGenerator()
    let numbers = Self.decimalCases + Array(0..<10_100) + (0..<500).map { _ in Int.random(in: 0...Int.max, using: &generator) >> Int.random(in: 0..<63, using: &generator) }
    var sink = ByteSink(capacity: 1)
    var expected: [UInt8] = []
    for number in numbers {
      sink.appendDecimal(number)
      sink.append(UInt8(ascii: ","))
      expected += Array(String(number).utf8) + [UInt8(ascii: ",")]
    }
    var output: [UInt8] = []
    sink.finish(into: &output)
    XCTAssertEqual(String(decoding: output, as: UTF8.self), String(decoding: expected, as: UTF8.self))
  }
}
