/// Turns a run of byte offsets into lines and columns, remembering where the last one was: a
/// document's findings come sorted by offset, and report paragraphs are long lines, so counting
/// each column from its line start again would cost a pass over the line per finding. Gives
/// exactly `LineIndex.location(of:)` for any offset, in any order.
struct LocationCursor {
  private let lines: LineIndex
  private var line = 1
  private var lineStart = 0
  /// Where the next line starts (`Int.max` on the last line).
  private var lineEnd: Int
  private var offset = 0
  private var column = 1

  init(_ lines: LineIndex) {
    self.lines = lines
    lineEnd = lines.lineCount > 1 ? lines.lineStarts[1] : Int.max
  }

  mutating func location(of target: Int) -> SourceLocation {
    if target >= lineStart && target < lineEnd {
      // Same line: count only the bytes between the last offset and this one.
      if target >= offset {
        column += lines.scalarCount(in: offset..<target)
      } else {
        column -= lines.scalarCount(in: target..<offset)
      }
    } else {
      line = lines.line(containing: target)
      lineStart = lines.lineStarts[line - 1]
      lineEnd = line < lines.lineCount ? lines.lineStarts[line] : Int.max
      column = 1 + lines.scalarCount(in: lineStart..<target)
    }
    offset = target
    return SourceLocation(line: line, column: column)
  }

  /// Where a range starts and ends.
  mutating func locations(of range: ByteRange) -> (start: SourceLocation, end: SourceLocation) {
    (location(of: range.lowerBound), location(of: range.upperBound))
  }
}
