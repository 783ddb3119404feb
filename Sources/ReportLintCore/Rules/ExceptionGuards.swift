import PCRE2
import PatternAnalysis

/// Which of a rule's exception patterns can match on a line, told by their literals: every match
/// of an exception holds one of its literals, so a line without any of them holds no match.
struct ExceptionGuards {
  /// All exceptions' literals; `owner[p]` is the exception that literal p belongs to.
  private let matcher: LiteralMatcher
  private let owner: [Int]
  /// The exceptions the analysis names no literals for: they run on every line.
  private let unguarded: [Bool]

  init(_ regexes: [Regex]) {
    var literals: [String] = []
    var owner: [Int] = []
    var unguarded: [Bool] = []
    for (index, regex) in regexes.enumerated() {
      let prefilter = PatternPrefilter.analysing(regex.pattern)
      // Relied on only where the literal then lies in the candidate's line: in the match or a
      // lookahead (not a lookbehind, which may see the line before), neither crossing a line
      // end; and not where a match at the text's end may lack it (`$`).
      guard prefilter.staysWithinLine, prefilter.literalsInMatch, !prefilter.literalsMissAtEnd,
        let required = prefilter.requiredLiterals, !required.contains(where: { $0.isEmpty })
      else {
        unguarded.append(true)
        continue
      }
      unguarded.append(false)
      literals += required
      owner += repeatElement(index, count: required.count)
    }
    matcher = LiteralMatcher(patterns: literals)
    self.owner = owner
    self.unguarded = unguarded
  }

  /// For each exception, whether it may match in `line` (the line's bytes, line end included).
  func exceptionsThatMayMatch(in line: UnsafeBufferPointer<UInt8>) -> [Bool] {
    var may = unguarded
    matcher.forEachHit(in: line) { _, pattern in may[owner[pattern]] = true }
    return may
  }
}
