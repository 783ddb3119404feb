import PatternAnalysis

extension PatternPrefilter {
  /// The analysis of `pattern`: for a built-in pattern, the one rule-embedder made at build time
  /// (the analyses were 44 of the 120 million instructions a start took), else made now. The
  /// analysis reads only the pattern's text, so a pattern of another pack with a built-in one's
  /// bytes shares its analysis too.
  static func analysing(_ pattern: String) -> PatternPrefilter {
    builtin(pattern) ?? PatternPrefilter(pattern: pattern)
  }

  /// The stored analysis of a built-in pattern, found by a binary search of the table (in byte
  /// order) on the pattern's bytes, as PCRE2 reads it. A dictionary by `String` hashed each
  /// pattern's Chinese text normalized, and the table's making and the 280 lookups took 2.1 of
  /// the 65 million instructions a start took.
  static func builtin(_ pattern: String) -> PatternPrefilter? {
    let table = EmbeddedRules.patternAnalyses
    var pattern = pattern
    return pattern.withUTF8 { key in
      var low = 0
      var high = table.count
      while low < high {
        let middle = (low + high) / 2
        var stored = table[middle].pattern
        let order = stored.withUTF8 { LiteralMatcher.byteOrder(UnsafeRawBufferPointer($0), UnsafeRawBufferPointer(key)) }
        if order == 0 { return table[middle].analysis }
        if order < 0 { low = middle + 1 } else { high = middle }
      }
      return nil
    }
  }
}
