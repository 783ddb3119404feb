import XCTest

@testable import ReportLintCore

final class LocationCursorTests: XCTestCase {
  /// Line and column as `LineIndex` counted them before: scalar by scalar from the line start.
  func naiveLocation(_ text: [UInt8], _ offset: Int) -> SourceLocation {
    var line = 1
    var lineStart = 0
    for index in 0..<offset where text[index] == 0x0A {
      line += 1
      lineStart = index + 1
    }
    let column = 1 + (lineStart..<offset).filter { text[$0] & 0xC0 != 0x80 }.count
    return SourceLocation(line: line, column: column)
  }

  // Any offsets, in any order — mostly ascending as findings come, sometimes back and across
  // lines — give what counting from the line start gives.
  func testMatchesCountingFromTheLineStart() {
    let text = Array(("一、工作开展情况\r\n布署工作，成效明显。abc😀\n\n" + String(repeating: "长段落，", count: 40) + "x\n末").utf8)
    let index = LineIndex(text: text)
    var cursor = LocationCursor(index)
    var generator = SystemRandomNumberGenerator()
    var offset = 0
    for _ in 0..<2000 {
      offset =
        Bool.random(using: &generator)
        ? min(text.count, offset + Int.random(in: 0..<12, using: &generator))
        : Int.random(in: 0...text.count, using: &generator)
      XCTAssertEqual(cursor.location(of: offset), naiveLocation(text, offset), "offset \(offset)")
      XCTAssertEqual(index.location(of: offset), naiveLocation(text, offset), "offset \(offset)")
    }
  }

  // Scalars are counted 16 bytes at a time, then eight, then one; lengths that are not
  // multiples of these and 4-byte scalars across the block edges count the same.
  func testScalarCount() {
    let text = Array(String(repeating: "a部😀b署\u{301}cd工作1234567😀", count: 5).utf8)
    let index = LineIndex(text: text)
    for start in 0...text.count {
      for end in start...text.count {
        XCTAssertEqual(
          index.scalarCount(in: start..<end), (start..<end).filter { text[$0] & 0xC0 != 0x80 }.count, "\(start)..<\(end)")
      }
    }
  }

  // Long runs are counted 16 bytes a step in byte lanes summed every 255 steps: four-byte
  // scalars put a continuation byte in three lanes at every step (a lane summed one step late
  // would wrap), and runs of every alignment and past several sums count the same.
  func testLongScalarCounts() {
    for piece in ["😀", "部署", "a部😀b"] {
      let text = Array(String(repeating: piece, count: 6000 / piece.utf8.count).utf8)
      let index = LineIndex(text: text)
      for start in 0..<20 {
        for end in [4079, 4080, 4081, 4096 + 17, 5000, text.count - start] where end > start && end <= text.count {
          XCTAssertEqual(
            index.scalarCount(in: start..<end), (start..<end).filter { text[$0] & 0xC0 != 0x80 }.count,
            "\(piece) \(start)..<\(end)")
        }
      }
    }
  }

  // Line starts found with memchr: empty text, no final line end, consecutive line ends.
  func testLineStarts() {
    XCTAssertEqual(LineIndex(text: []).lineStarts, [0])
    XCTAssertEqual(LineIndex(text: Array("a\n\nb".utf8)).lineStarts, [0, 2, 3])
    XCTAssertEqual(LineIndex(text: Array("\n".utf8)).lineStarts, [0, 1])
  }
}
