/// Finds the parts of a Markdown document that are code, so rules skip them.
enum MarkdownScanner {
  /// Byte ranges of fenced code blocks (``` or ~~~, fence line included) and inline code spans.
  static func codeRanges(in text: [UInt8], lines: LineIndex) -> [ByteRange] {
    var ranges: [ByteRange] = []
    var fence: (marker: UInt8, length: Int, start: Int)?
    for line in 1...lines.lineCount {
      let content = lines.contentRange(ofLine: line)
      let fullEnd = lines.range(ofLine: line).upperBound
      var index = content.lowerBound
      var indent = 0
      while index < content.upperBound, text[index] == 0x20, indent < 4 {
        index += 1
        indent += 1
      }
      let run = fenceRun(in: text, from: index, to: content.upperBound)
      if let open = fence {
        if let run, run.marker == open.marker, run.length >= open.length {
          ranges.append(open.start..<fullEnd)
          fence = nil
        }
      } else if let run, indent < 4 {
        fence = (run.marker, run.length, content.lowerBound)
      } else {
        ranges += inlineCode(in: text, range: content)
      }
    }
    if let open = fence { ranges.append(open.start..<text.count) }  // unclosed: code to the end
    return ranges
  }

  private static func fenceRun(in text: [UInt8], from start: Int, to end: Int) -> (
    marker: UInt8, length: Int
  )? {
    guard start < end, text[start] == 0x60 || text[start] == 0x7E else { return nil }
    var index = start
    while index < end, text[index] == text[start] { index += 1 }
    return index - start >= 3 ? (text[start], index - start) : nil
  }

  /// Inline code: a run of N backticks up to the next run of exactly N backticks on the line.
  private static func inlineCode(in text: [UInt8], range: ByteRange) -> [ByteRange] {
    var ranges: [ByteRange] = []
    var index = range.lowerBound
    while index < range.upperBound {
      guard text[index] == 0x60 else {
        index += 1
        continue
      }
      let open = index
      while index < range.upperBound, text[index] == 0x60 { index += 1 }
      let length = index - open
      var search = index
      var closed = false
      while search < range.upperBound {
        guard text[search] == 0x60 else {
          search += 1
          continue
        }
        let runStart = search
        while search < range.upperBound, text[search] == 0x60 { search += 1 }
        if search - runStart == length {
          ranges.append(open..<search)
          index = search
          closed = true
          break
        }
      }
      if !closed { index = open + length }
    }
    return ranges
  }
}
