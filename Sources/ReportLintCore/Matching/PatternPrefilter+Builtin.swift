import PatternAnalysis

extension PatternPrefilter {
  /// The analysis of `pattern`: for a built-in pattern, the one rule-embedder made at build time
  /// (the analyses were 44 of the 120 million instructions a start took), else made now. The
  /// analysis reads only the pattern's text, so a pattern of another pack that equals a built-in
  /// one shares its analysis too.
  static func analysing(_ pattern: String) -> PatternPrefilter {
    EmbeddedRules.patternAnalyses[pattern] ?? PatternPrefilter(pattern: pattern)
  }
}
