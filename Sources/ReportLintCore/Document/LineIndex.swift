#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Maps UTF-8 byte offsets to lines and columns. Built once per document from the line ends.
public struct LineIndex: Sendable {
  /// Byte offset where each line starts; line 1 starts at 0.
  public let lineStarts: [Int]
  let text: [UInt8]

  public init(text: [UInt8]) {
    // Room taken first, then the first start: a literal [0] was an allocation of its own, which
    // the room then replaced (a second allocation and a copy, 560 instructions a file).
    var starts: [Int] = []
    starts.reserveCapacity(text.count / 64 + 2)  // report lines run to hundreds of bytes
    starts.append(0)
    // Line ends found with the C library's vectorized `memchr`; every document is indexed.
    text.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return }
      var index = 0
      while index < raw.count, let found = memchr(base + index, 0x0A, raw.count - index) {
        index = base.distance(to: UnsafeRawPointer(found)) + 1
        starts.append(index)
      }
    }
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
    return SourceLocation(line: line, column: 1 + scalarCount(in: lineStarts[line - 1]..<offset))
  }

  /// How many Unicode scalars start in `range`: its bytes that are not UTF-8 continuation bytes
  /// (10xxxxxx). Counted eight bytes at a time, since report paragraphs are long lines.
  func scalarCount(in range: Range<Int>) -> Int {
    precondition(range.lowerBound >= 0 && range.upperBound <= text.count, "offset outside the text")
    return text.withUnsafeBytes { raw in
      range.count - UTF8Scalars.continuationCount(UnsafeRawBufferPointer(rebasing: raw[range]))
    }
  }

  /// The bytes of line `line` (from 1), its line end included.
  public func range(ofLine line: Int) -> ByteRange {
    lineStarts[line - 1]..<(line < lineStarts.count ? lineStarts[line] : text.count)
  }

  /// The bytes of line `line` (1-based) without its line end (LF or CRLF).
  public func contentRange(ofLine line: Int) -> ByteRange {
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : text.count
    if end > start && text[end - 1] == 0x0D { end -= 1 }
    return start..<max(start, end)
  }
}
