/// Maps UTF-8 byte offsets to lines and columns. Built once per document from the line ends.
public struct LineIndex: Sendable {
  /// Byte offset where each line starts; line 1 starts at 0.
  public let lineStarts: [Int]
  private let text: [UInt8]

  public init(text: [UInt8]) {
    var starts = [0]
    for index in text.indices where text[index] == 0x0A { starts.append(index + 1) }
    lineStarts = starts
    self.text = text
  }

  public var lineCount: Int { lineStarts.count }

  /// The 1-based line holding `offset` (an offset at a line end belongs to that line).
  public func line(containing offset: Int) -> Int {
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let middle = (low + high + 1) / 2
      if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
    }
    return low + 1
  }

  /// Line and column (Unicode scalars, from 1) of a byte offset.
  public func location(of offset: Int) -> SourceLocation {
    let line = line(containing: offset)
    let start = lineStarts[line - 1]
    var column = 1
    var index = start
    while index < offset {
      if text[index] & 0xC0 != 0x80 { column += 1 }
      index += 1
    }
    return SourceLocation(line: line, column: column)
  }

  /// The bytes of line `line` (1-based) without its line end (LF or CRLF).
  public func contentRange(ofLine line: Int) -> ByteRange {
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : text.count
    if end > start && text[end - 1] == 0x0D { end -= 1 }
    return start..<max(start, end)
  }
}
