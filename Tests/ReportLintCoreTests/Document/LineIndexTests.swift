import XCTest

@testable import ReportLintCore

final class LineIndexTests: XCTestCase {
  // Columns count Unicode scalars from 1, whatever their byte length.
  func testLocations() {
    let text = Array("ab\n汉字😀x\r\n末".utf8)
    let index = LineIndex(text: text)
    XCTAssertEqual(index.location(of: 0), SourceLocation(line: 1, column: 1))
    XCTAssertEqual(index.location(of: 3), SourceLocation(line: 2, column: 1))
    XCTAssertEqual(index.location(of: 6), SourceLocation(line: 2, column: 2))
    XCTAssertEqual(index.location(of: 13), SourceLocation(line: 2, column: 4))  // x, after a 4-byte emoji
    XCTAssertEqual(index.location(of: 16), SourceLocation(line: 3, column: 1))
    XCTAssertEqual(index.lineCount, 3)
  }

  // A line's content excludes its LF or CRLF.
  func testContentRange() {
    let text = Array("一\r\n二\n".utf8)
    let index = LineIndex(text: text)
    XCTAssertEqual(index.contentRange(ofLine: 1), 0..<3)
    XCTAssertEqual(index.contentRange(ofLine: 2), 5..<8)
    XCTAssertEqual(index.contentRange(ofLine: 3), 9..<9)
  }

  // Lines holding offsets, merged when adjacent; with a reach, each starts that far before its
  // first offset, backed up to a character's start and never before the line. Each window knows
  // the last offset it holds.
  func testLineWindows() {
    let text = Array("甲乙丙\n丁戊\n己\n".utf8)  // lines start at 0, 10, 17, 21
    let index = LineIndex(text: text)
    XCTAssertEqual(windows(index, [6, 13, 17]), ["0..<21 last 17"])
    XCTAssertEqual(windows(index, [6, 8, 17]), ["0..<10 last 8", "17..<21 last 17"])
    XCTAssertEqual(windows(index, [6, 8, 17], reach: 2), ["3..<10 last 8", "17..<21 last 17"])  // 4 is inside 乙
    XCTAssertEqual(windows(index, [6, 16], reach: 0), ["6..<17 last 16"])  // skipping 6 bytes: merged
    XCTAssertEqual(windows(index, [21], reach: 3), ["21..<21 last 21"])
    // The text's end offset is on the last line: a line already in a window is not added again.
    let unended = LineIndex(text: Array("abc \r".utf8))
    XCTAssertEqual(windows(unended, [3, 5]), ["0..<5 last 5"])
    XCTAssertEqual(windows(unended, [3, 5], reach: 1), ["2..<5 last 5"])
    let twoLines = LineIndex(text: Array("甲乙丙\n丁戊".utf8))  // lines start at 0, 10; the text ends at 16
    XCTAssertEqual(windows(twoLines, [3, 13, 16]), ["0..<16 last 16"])
    XCTAssertEqual(windows(twoLines, [3, 16]), ["0..<16 last 16"])
    // A line's start is skipped in a window of its own when that skips enough.
    let long = Array(("甲\n" + String(repeating: "乙", count: 50) + "丙\n").utf8)
    let longIndex = LineIndex(text: long)
    XCTAssertEqual(windows(longIndex, [0, 154], reach: 3), ["0..<4 last 0", "151..<158 last 154"])
    XCTAssertEqual(windows(longIndex, [0, 100], reach: 3), ["0..<158 last 100"])
  }

  /// The windows for `offsets`, each as “range last offset”.
  private func windows(_ index: LineIndex, _ offsets: [Int], reach: Int? = nil) -> [String] {
    var builder = LineWindows(index, reach: reach)
    var made = offsets.compactMap { builder.add($0) }
    if let last = builder.finish() { made.append(last) }
    return made.map { "\($0.range) last \($0.lastOffset)" }
  }

  // Han and full-width characters are two columns wide; ASCII one; zero-width marks none.
  func testDisplayWidth() {
    XCTAssertEqual(DisplayWidth.of("部署ab，"), 8)
    XCTAssertEqual(DisplayWidth.of("a\u{200B}b"), 2)
  }

  // Markdown code (fenced and inline) is ignored; prose around it is not.
  func testMarkdownCodeIsIgnored() {
    let source = "正文`布署`正文\n```\n布署\n```\n布署\n"
    let document = Document(path: "a.md", string: source)
    let bytes = Array(source.utf8)
    func offset(of needle: String, after: Int = 0) -> Int {
      let n = Array(needle.utf8)
      return (after...(bytes.count - n.count)).first { Array(bytes[$0..<$0 + n.count]) == n }!
    }
    let inline = offset(of: "布署")
    let fenced = offset(of: "布署", after: inline + 1)
    let prose = offset(of: "布署", after: fenced + 1)
    XCTAssertTrue(document.isIgnored(inline..<inline + 6))
    XCTAssertTrue(document.isIgnored(fenced..<fenced + 6))
    XCTAssertFalse(document.isIgnored(prose..<prose + 6))
    XCTAssertTrue(Document(path: "a.txt", string: source).ignoredRanges.isEmpty)
  }
}
