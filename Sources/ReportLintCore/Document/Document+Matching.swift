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

  /// The first match of `regex` inside `range`, as document offsets; nil when none or on a limit.
  func firstMatch(_ regex: Regex, in range: ByteRange) -> ByteRange? {
    text.withUnsafeBufferPointer { buffer in
      (try? regex.firstMatch(in: UnsafeBufferPointer(rebasing: buffer[range]), trustedUTF8: true))
        .flatMap { $0 }
        .map { ($0.range.lowerBound + range.lowerBound)..<($0.range.upperBound + range.lowerBound) }
    }
  }
}
