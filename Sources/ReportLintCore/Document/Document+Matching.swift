import PCRE2

extension Document {
  /// Matches of `regex` inside `range` only (its `^` and `$` are the range's ends as well as line
  /// ends), as document offsets. The range is matched in place: no bytes are copied.
  func matches(_ regex: Regex, in range: ByteRange, context: MatchContext = .shared) throws -> [Match] {
    try text.withUnsafeBufferPointer { buffer in
      var found: [Match] = []
      try regex.forEachMatch(in: UnsafeBufferPointer(rebasing: buffer[range]), context: context, trustedUTF8: true) { match in
        let shift = range.lowerBound
        found.append(shift == 0 ? match : Match(groups: match.groups.map { $0.map { ($0.lowerBound + shift)..<($0.upperBound + shift) } }))
        return true
      }
      return found
    }
  }

  /// Matches of `regex` that lie in `spans` (runs of whole lines, in order). Each search sees the
  /// document from its start to the span's end, so lookbehinds, `^` and `$` behave as in a
  /// search of the whole document; for a pattern that cannot match a line feed
  /// (`PatternPrefilter.staysWithinLine`) the matches are exactly the whole document's matches
  /// that start in the spans. `lastStarts`, one a span, for a pattern compiled with
  /// `.offsetLimit`: no match starts after it, so the search of the span stops there.
  func matches(
    _ regex: Regex, inLineSpans spans: [ByteRange], lastStarts: [Int]? = nil, context: MatchContext = .shared
  ) throws -> [Match] {
    try text.withUnsafeBufferPointer { buffer in
      var found: [Match] = []
      for (index, span) in spans.enumerated() {
        let subject = UnsafeBufferPointer(rebasing: buffer[..<span.upperBound])
        try regex.forEachMatch(
          in: subject, from: span.lowerBound, lastStart: lastStarts?[index], context: context, trustedUTF8: true
        ) { match in
          found.append(match)
          return true
        }
      }
      return found
    }
  }

  /// The first match of `regex` inside `range`, as document offsets; nil when none or on a limit.
  func firstMatch(_ regex: Regex, in range: ByteRange) -> ByteRange? {
    text.withUnsafeBufferPointer { buffer in
      (try? regex.firstMatch(in: UnsafeBufferPointer(rebasing: buffer[range]), trustedUTF8: true))
        .flatMap { $0 }
        .map { ($0.range.lowerBound + range.lowerBound)..<($0.range.upperBound + range.lowerBound) }
    }
  }
}
