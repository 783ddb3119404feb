import PCRE2

/// Drops findings that lie inside a match of an exception pattern (学习贯彻 protects 习贯).
struct ExceptionFilter: Sendable {
  let regexes: [Regex]
  /// Which exceptions can match on a line: each exception's literals, of which its every match
  /// holds one (read from the pattern by `PatternPrefilter`), in one automaton that scans a
  /// candidate's line; an exception whose literals it does not find there is not run. Exceptions
  /// without such literals always run. typos.confusables has 54 exceptions, and running each
  /// over a whole paragraph for every candidate's line made the exceptions a twentieth of a run
  /// (10 MB: 7,900 searches, 39 million instructions). Worked out on first use: most rules'
  /// exceptions never run in a short lint, and the analysis would lengthen every start. Nil
  /// when not `guarded` (a run over little text): every exception runs on the candidates' lines.
  private let guards: Once<ExceptionGuards>?

  init(regexes: [Regex], guarded: Bool = true) {
    self.regexes = regexes
    guards = guarded ? Once { ExceptionGuards(regexes) } : nil
  }

  var isEmpty: Bool { regexes.isEmpty }

  /// The candidates not covered by any exception match. The exception patterns run only over the
  /// lines that hold a candidate: the subject still starts at the document's start (so
  /// lookbehinds see what they would see anyway) and ends with the line, line end included, so
  /// `$` and matches within the line are exactly those of a whole-document search. An exception
  /// that spans lines is not supported (patterns match within a line).
  func filter<T>(
    _ candidates: [T], range: (T) -> ByteRange, in document: Document, context: LintContext,
    ruleID: String
  ) throws -> [T] {
    guard !regexes.isEmpty, !candidates.isEmpty else { return candidates }
    let lines = document.lineIndex
    let candidateLines = Set(candidates.map { lines.line(containing: range($0).lowerBound) }).sorted()
    let guards = try guards?.get()
    var covers: [ByteRange] = []
    do {
      try document.text.withUnsafeBufferPointer { buffer in
        for line in candidateLines {
          let start = lines.lineStarts[line - 1]
          let end = line < lines.lineCount ? lines.lineStarts[line] : buffer.count
          let subject = UnsafeBufferPointer(rebasing: buffer[..<end])
          let mayMatch =
            guards?.exceptionsThatMayMatch(in: UnsafeBufferPointer(rebasing: buffer[start..<end]))
            ?? Array(repeating: true, count: regexes.count)
          for (regex, may) in zip(regexes, mayMatch) where may {
            try regex.forEachMatch(in: subject, from: start, context: context.matchContext, trustedUTF8: true) {
              covers.append($0.range)
              return true
            }
          }
        }
      }
    } catch let error as PCRE2Error {
      throw RuleError(ruleID: ruleID, underlying: error)
    }
    return candidates.filter { candidate in
      let span = range(candidate)
      return !covers.contains { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }
    }
  }
}
