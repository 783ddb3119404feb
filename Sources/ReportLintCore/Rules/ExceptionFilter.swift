import PCRE2

/// Drops findings that lie inside a match of an exception pattern (学习贯彻 protects 习贯).
struct ExceptionFilter: Sendable {
  let regexes: [Regex]
  /// Which exceptions can match on a line: each exception's literals, of which its every match
  /// holds one (`PatternPrefilter`, made at build time for the built-in packs), in one automaton
  /// that scans a candidate's line; an exception whose literals it does not find there is not
  /// run. Exceptions without such literals always run. typos.confusables has 54 exceptions, and
  /// each ran over every candidate's line (10 MB: 7,900 searches, 25 million instructions).
  /// Made on first use: most rules' exceptions never run in a short lint.
  private let guards: Once<ExceptionGuards>

  init(regexes: [Regex]) {
    self.regexes = regexes
    guards = Once { ExceptionGuards(regexes) }
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
    let guards = try guards.get()
    var covers: [ByteRange] = []
    do {
      try document.text.withUnsafeBufferPointer { buffer in
        // A match covering a candidate starts at or before it: a line's search stops at its last
        // candidate's start (the regexes are compiled with `.offsetLimit`), not at its end. On the
        // 10 MB corpus that cut the exception searches from 36 to 25 million instructions.
        func search(line: Int, lastStart: Int) throws {
          let start = lines.lineStarts[line - 1]
          let end = line < lines.lineCount ? lines.lineStarts[line] : buffer.count
          let subject = UnsafeBufferPointer(rebasing: buffer[..<end])
          let mayMatch = guards.exceptionsThatMayMatch(in: UnsafeBufferPointer(rebasing: buffer[start..<end]))
          for (regex, may) in zip(regexes, mayMatch) where may {
            try regex.forEachMatch(
              in: subject, from: start, lastStart: lastStart, context: context.matchContext, trustedUTF8: true
            ) {
              covers.append($0.range)
              return true
            }
          }
        }
        var open: (line: Int, lastStart: Int)?
        for candidateStart in candidates.map({ range($0).lowerBound }).sorted() {
          let line = lines.line(containing: candidateStart)
          if let (openLine, lastStart) = open, openLine != line { try search(line: openLine, lastStart: lastStart) }
          open = (line, candidateStart)
        }
        if let (line, lastStart) = open { try search(line: line, lastStart: lastStart) }
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
