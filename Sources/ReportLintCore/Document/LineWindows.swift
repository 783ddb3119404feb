/// The windows a search by lines covers, made one at a time from ascending offsets (where a
/// pattern's literals start): the whole lines that hold them (line ends included), adjacent lines
/// merged into one window, in document order. With `reach`, a line's window instead starts
/// `reach` bytes before its first offset (at a character start, never before the line), so the
/// bytes before a line's first literal are not searched; it is merged with the window before
/// only when that skips little. Each window comes with the last offset it holds.
///
/// Made as the offsets come, not as arrays of spans and of their last offsets: for the pattern
/// rules those arrays, and the sort that paired them, cost about 20 of 975 million instructions
/// (10 MB corpus, one core).
struct LineWindows {
  struct Window: Equatable {
    var range: ByteRange
    /// The last of the offsets that the window holds.
    var lastOffset: Int
  }

  /// Fewer bytes than this skipped at a line's start do not pay for a search call of their own
  /// (lines indented with 　　 hold 　 at their start): the line joins the window before it.
  static let skipWorthACall = 128

  private let lines: LineIndex
  private let reach: Int?
  /// The window the next offset may still extend.
  private var open: Window?

  init(_ lines: LineIndex, reach: Int? = nil) {
    self.lines = lines
    self.reach = reach
  }

  /// Takes the next offset (none smaller than the one before); returns the window it closes.
  mutating func add(_ offset: Int) -> Window? {
    if let window = open, window.range.contains(offset) {
      open!.lastOffset = offset
      return nil
    }
    let line = lines.line(containing: offset)
    let lineRange = lines.range(ofLine: line)
    // The text's end offset (asked for when a match there needs no literal) is on the last line,
    // which an earlier offset may have put in already: searching it twice would find its matches
    // twice.
    if let window = open, window.range.upperBound >= lineRange.upperBound {
      open!.lastOffset = offset
      return nil
    }
    var start = lineRange.lowerBound
    if let reach {
      start = UTF8Scalars.characterStart(lines.text, holding: max(start, offset - reach), notBefore: start)
    }
    if let window = open, window.range.upperBound == lineRange.lowerBound,
      start - lineRange.lowerBound < Self.skipWorthACall
    {
      open = Window(range: window.range.lowerBound..<lineRange.upperBound, lastOffset: offset)
      return nil
    }
    let closed = open
    open = Window(range: start..<lineRange.upperBound, lastOffset: offset)
    return closed
  }

  /// The last window, once every offset is in.
  mutating func finish() -> Window? {
    defer { open = nil }
    return open
  }
}
