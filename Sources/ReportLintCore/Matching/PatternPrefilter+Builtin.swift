import PatternAnalysis

extension PatternPrefilter {
  /// The analysis of `pattern`: for a built-in pattern, the one rule-embedder made at build time
  /// (the analyses were 44 of the 120 million instructions a start took), else made now. The
  /// analysis reads only the pattern's text, so a pattern of another pack with a built-in one's
  /// bytes shares its analysis too.
  static func analysing(_ pattern: String) -> PatternPrefilter {
    builtin(pattern) ?? PatternPrefilter(pattern: pattern)
  }

  /// The stored analysis of a built-in pattern (`BuiltinPatternTable`).
  static func builtin(_ pattern: String) -> PatternPrefilter? {
    BuiltinPatternTable.entry(for: pattern, in: EmbeddedRules.patternAnalyses) { $0.pattern }?.analysis
  }
}
