import XCTest

@testable import ReportLintCore

/// A `LiteralMask` answers what a search of its wanted literals would: bits marked for a set of
/// literals meet the mask exactly when one of them is wanted, across word boundaries.
final class LiteralMaskTests: XCTestCase {
  func testMaskMeetsTheMarkedLiteralsThatAreWanted() {
    let literals = (0..<150).map { Array("词\($0)".utf8) }.sorted { $0.lexicographicallyPrecedes($1) }
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<300 {
      let wanted = literals.filter { _ in Int.random(in: 0..<20, using: &generator) == 0 }
      let mask = LiteralMask(wanted, in: literals)
      XCTAssertEqual(mask.words.count, 3)  // 150 literals, 64 bits a word
      let marked = (0..<Int.random(in: 0...4, using: &generator)).map { _ in Int.random(in: 0..<literals.count) }
      var bits = [UInt64](repeating: 0, count: mask.words.count)
      let meets = bits.withUnsafeMutableBufferPointer { bits in
        for index in marked { LiteralMask.mark(index, in: bits) }
        return mask.intersects(UnsafeBufferPointer(bits))
      }
      XCTAssertEqual(meets, marked.contains { wanted.contains(literals[$0]) }, "\(marked)")
    }
  }
}
