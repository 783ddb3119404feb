import PCRE2
import PatternAnalysis

/// Drops findings that lie inside a match of an exception pattern (学习贯彻 protects 习贯).
struct ExceptionFilter: Sendable {
  let regexes: [Regex]
  /// Where the literals of matches covering candidates must lie (`LiteralWindows`), worked out
  /// on first use, so a run whose documents give the rule no candidate does not analyse its
  /// exceptions; nil in a run over little text (`analysesPatterns`): every regex is searched.
  private let literalWindows: Once<LiteralWindows?>

  /// What the exceptions' analyses (`PatternPrefilter`) say of their matches. A regex's match
  /// holds one of its literals, starting at most `reach` bytes after the match's start and not
  /// before it, and takes at most `longest` bytes; a match covering a candidate at `s..<e` then
  /// starts at or after `e - longest`, so its literal lies in `e - longest ..< s + reach +` its
  /// length: a few bytes around the candidate, where the regex's search reads its line from the
  /// line's start. A regex none of whose literals may lie there (their byte pairs tested against
  /// those of the line's windows, `BytePairSet`) is not searched on the line. typos.confusables
  /// searched each line holding a candidate for its 54 exceptions and typos.variants for its 13:
  /// on the 10 MB corpus 7,893 searches became 2,310 (24.6 -> 4.4 million instructions). The
  /// built-in exceptions' analyses are made at build time; others' cost once a run (14.6 million
  /// for the built-in ones, were they made at run time). A search of a whole line by an automaton
  /// of the literals, or by each literal, cost more than the searches it saved (10 and 68 million).
  private struct LiteralWindows {
    /// For each regex, the pairs of each of its literals; nil when not known (searched always).
    let literalPairs: [[BytePairSet]?]
    /// The largest `longest`, and the largest `reach` plus literal length, of all the regexes.
    let before: Int
    let after: Int

    init?(_ regexes: [Regex]) {
      var literalPairs: [[BytePairSet]?] = []
      var before = 0
      var after = 0
      for regex in regexes {
        let prefilter = PatternPrefilter.analysing(regex.pattern)
        // Within a line, so the literal is on the candidate's line; not missing at the text's
        // end (`$`); none in a lookbehind, so at or after the match's start.
        guard prefilter.noMatchWithoutLiterals, prefilter.staysWithinLine, prefilter.literalsInMatch,
          let literals = prefilter.requiredLiterals, let reach = prefilter.matchStartReach,
          let longest = prefilter.maxMatchLength
        else {
          literalPairs.append(nil)
          continue
        }
        literalPairs.append(literals.map { Array($0.utf8).withUnsafeBufferPointer(BytePairSet.init) })
        before = max(before, longest)
        after = max(after, reach + (literals.map(\.utf8.count).max() ?? 0))
      }
      guard literalPairs.contains(where: { $0 != nil }) else { return nil }
      self.literalPairs = literalPairs
      self.before = before
      self.after = after
    }

    /// The byte pairs of the windows of `candidates` (sorted, on one line) within `line`.
    func pairs(around candidates: ArraySlice<ByteRange>, line: ByteRange, in text: UnsafeBufferPointer<UInt8>)
      -> BytePairSet
    {
      var pairs = BytePairSet()
      for candidate in candidates {
        let start = max(line.lowerBound, candidate.upperBound - before)
        let end = min(line.upperBound, candidate.lowerBound + after)
        if start < end { pairs.formUnion(BytePairSet(UnsafeBufferPointer(rebasing: text[start..<end]))) }
      }
      return pairs
    }
  }

  init(regexes: [Regex], analysesPatterns: Bool) {
    self.regexes = regexes
    literalWindows = Once { analysesPatterns ? LiteralWindows(regexes) : nil }
  }

  var isEmpty: Bool { regexes.isEmpty }

  /// The candidates not covered by any exception match.
  func filter<T>(
    _ candidates: [T], range: (T) -> ByteRange, in document: Document, context: LintContext,
    ruleID: String
  ) throws -> [T] {
    guard !regexes.isEmpty, !candidates.isEmpty else { return candidates }
    let covers = try self.covers(of: candidates.map { range($0) }, in: document, context: context, ruleID: ruleID)
    // Nearly always nothing is covered: then the candidates go back as they came, not copied
    // one by one into a new array.
    guard !covers.isEmpty else { return candidates }
    return candidates.filter { !Self.isCovered(range($0), by: covers) }
  }

  /// Drops the findings from `start` on that an exception match covers, in place.
  func filter(_ findings: inout [Diagnostic], from start: Int, in document: Document, context: LintContext, ruleID: String)
    throws
  {
    guard !regexes.isEmpty, start < findings.count else { return }
    let covers = try self.covers(
      of: findings[start...].map { $0.range }, in: document, context: context, ruleID: ruleID)
    guard !covers.isEmpty else { return }
    findings.removeAll(from: start) { Self.isCovered($0.range, by: covers) }
  }

  private static func isCovered(_ span: ByteRange, by covers: [ByteRange]) -> Bool {
    covers.contains { $0.lowerBound <= span.lowerBound && span.upperBound <= $0.upperBound }
  }

  /// The exception matches that may cover any of `spans`. The exception patterns run only over
  /// the lines that hold a candidate: the subject still starts at the document's start (so
  /// lookbehinds see what they would see anyway) and ends with the line, line end included, so
  /// `$` and matches within the line are exactly those of a whole-document search. An exception
  /// that spans lines is not supported (patterns match within a line).
  private func covers(of spans: [ByteRange], in document: Document, context: LintContext, ruleID: String) throws
    -> [ByteRange]
  {
    let lines = document.lineIndex
    var covers: [ByteRange] = []
    let literalWindows = try literalWindows.get()
    let spans = spans.sorted { $0.lowerBound < $1.lowerBound }
    do {
      try document.text.withUnsafeBufferPointer { buffer in
        // A match covering a candidate starts at or before it: a line's search stops at its last
        // candidate's start (the regexes are compiled with `.offsetLimit`), not at its end. On the
        // 10 MB corpus that cut the exception searches from 36 to 25 million instructions.
        // The line's candidates are `spans[first..<last]`.
        func search(line: Int, lastStart: Int, candidates first: Int, _ last: Int) throws {
          let lineRange = lines.range(ofLine: line)
          let subject = UnsafeBufferPointer(rebasing: buffer[..<lineRange.upperBound])
          let pairs = literalWindows?.pairs(around: spans[first..<last], line: lineRange, in: buffer)
          for (index, regex) in regexes.enumerated() {
            if let pairs, let literals = literalWindows?.literalPairs[index], !literals.contains(where: pairs.mayContain) {
              continue
            }
            try regex.forEachMatch(
              in: subject, from: lineRange.lowerBound, lastStart: lastStart, context: context.matchContext, trustedUTF8: true
            ) {
              covers.append($0.range)
              return true
            }
          }
        }
        var open: (line: Int, lastStart: Int, first: Int)?
        for (index, candidate) in spans.enumerated() {
          let line = lines.line(containing: candidate.lowerBound)
          if open?.line == line {
            open!.lastStart = candidate.lowerBound
            continue
          }
          if let open { try search(line: open.line, lastStart: open.lastStart, candidates: open.first, index) }
          open = (line, candidate.lowerBound, index)
        }
        if let open { try search(line: open.line, lastStart: open.lastStart, candidates: open.first, spans.count) }
      }
    } catch let error as PCRE2Error {
      throw RuleError(ruleID: ruleID, underlying: error)
    }
    return covers
  }
}
