extension LineIndex {
  /// The whole lines (line ends included) that hold `offsets`, adjacent lines merged into one
  /// span, in document order.
  func lineSpans(holding offsets: [Int], textCount: Int) -> [ByteRange] {
    // Hits arrive in order of their end; a literal never spans a line, so their starts are
    // almost always in order already.
    let ordered = offsets.indices.dropFirst().allSatisfy { offsets[$0 - 1] <= offsets[$0] } ? offsets : offsets.sorted()
    var spans: [ByteRange] = []
    for offset in ordered {
      if let last = spans.last, last.contains(offset) { continue }
      let line = line(containing: offset)
      let span = lineStarts[line - 1]..<(line < lineCount ? lineStarts[line] : textCount)
      if let last = spans.last, last.upperBound == span.lowerBound {
        spans[spans.count - 1] = last.lowerBound..<span.upperBound
      } else {
        spans.append(span)
      }
    }
    return spans
  }
}
