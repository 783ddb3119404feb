import PCRE2
import PatternAnalysis

/// A check over a document. Each kind is one small type: it validates and compiles its
/// definition once in `init(definition:)`, and `check` is pure.
///
/// The kinds called on most documents (pattern, numbering, sections, pairs, and the exceptions
/// wrapper) are final classes, not structs: called through `any Rule`, a struct of a few hundred
/// bytes was copied onto the stack at every call (a memcpy in the witness), 40 to 90
/// instructions a call, 38,000 calls for 10 MB. The other kinds, called once or twice a file,
/// ran no faster as classes (10 MB: 0.2 million instructions more) and stay structs.
public protocol Rule: Sendable {
  var descriptor: RuleDescriptor { get }
  /// Appends the findings in `document`, in the rule's order, to `findings`. Throws `RuleError`
  /// when a pattern gives up (match limits); what it appended is then to be dropped. Appended,
  /// not returned: the linter gathers every rule's findings in one list, and lists of the rules'
  /// own, copied over one finding at a time and then released, were 5,889 lists and 8,519 copies
  /// on the 10 MB bench corpus.
  func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws
  /// Literals to find for this rule in the linter's one automaton pass over a document: a word
  /// list's entries, the marks of a pairs rule, a pattern's prefilter literals. Their positions
  /// reach `check` as `LintContext.literalHits`.
  var literals: [String] { get }
  /// Whether the rule finds nothing in a document that holds none of its `literals`: the linter
  /// then does not call it there (the 59 pattern rules' calls on documents without their
  /// literals were ten million instructions a 10 MB run).
  var findsNothingWithoutLiterals: Bool { get }
}

extension Rule {
  public var id: String { descriptor.id }

  public var literals: [String] { [] }

  public var findsNothingWithoutLiterals: Bool { false }

  /// The findings in `document` as a list of their own, for a rule checked alone (its examples
  /// in `test-rules`, tests).
  public func check(_ document: Document, context: LintContext) throws -> [Diagnostic] {
    var findings: [Diagnostic] = []
    try check(document, context: context, into: &findings)
    return findings
  }

  /// Every match of `regex` in the document, searched only where `prefilter` allows: not at all
  /// when none of its literals occur; when every match starts at a literal and the pattern was
  /// compiled with `.offsetLimit`, by one attempt at each literal that `characterBefore` admits;
  /// else, when the pattern stays within a line, only in the windows (`LineWindows`) of the lines
  /// that hold one (and the last line, when the literals may miss there), each from its first
  /// literal less the prefilter's reach and, for a pattern compiled with `.offsetLimit` whose
  /// literals lie in the match, with no match starting after its last; the whole document without
  /// a prefilter or without the linter's `literalHits`. Each search sees the document from its
  /// start, so lookbehinds, `^` and `$` behave as in a search of the whole document. A pattern that
  /// gives up (a PCRE2 limit) becomes a `RuleError` naming this rule, so the other rules still run.
  func matches(
    of regex: Regex, in document: Document, context: LintContext, prefilter: PatternPrefilter = .unknown,
    characterBefore: CharacterBeforeFilter? = nil
  ) throws -> [Match] {
    do {
      let whole = 0..<document.text.count
      guard prefilter.requiredLiterals != nil, let hits = context.literalHits else {
        return try document.matches(regex, in: whole, context: context.matchContext)
      }
      // Most rules stop here, for most documents: nothing is allocated before it.
      guard !hits.isEmpty || !prefilter.noMatchWithoutLiterals else { return [] }
      if prefilter.matchesStartAtLiterals, !prefilter.literalsMissAtEnd, regex.options.contains(.offsetLimit) {
        return try matches(of: regex, startingAt: hits, admittedBy: characterBefore, in: document, context: context)
      }
      guard prefilter.staysWithinLine else { return try document.matches(regex, in: whole, context: context.matchContext) }
      let bounded = prefilter.literalsInMatch && !prefilter.literalsMissAtEnd && regex.options.contains(.offsetLimit)
      // The last line, searched for matches without a literal, must be searched whole.
      var windows = LineWindows(document.lineIndex, reach: prefilter.literalsMissAtEnd ? nil : prefilter.matchStartReach)
      var found: [Match] = []
      try document.text.withUnsafeBufferPointer { buffer in
        func search(_ window: LineWindows.Window?) throws {
          guard let window else { return }
          try regex.forEachMatch(
            in: UnsafeBufferPointer(rebasing: buffer[..<window.range.upperBound]), from: window.range.lowerBound,
            lastStart: bounded ? window.lastOffset : nil, context: context.matchContext, trustedUTF8: true
          ) { match in
            Self.append(match, to: &found)
            return true
          }
        }
        try Self.forEachStart(of: hits) { try search(windows.add($0)) }
        // A match reaching the text's end lies on its last line, the line holding that offset.
        if prefilter.literalsMissAtEnd { try search(windows.add(document.text.count)) }
        try search(windows.finish())
      }
      return found
    } catch let error as PCRE2Error {
      throw RuleError(ruleID: descriptor.id, underlying: error)
    }
  }

  /// The matches that start where `hits` start: one attempt at each that `filter` admits (each,
  /// without one), instead of a search of the window around them, which tries every offset from
  /// the line's first literal to its last. Measured (10 MB corpus): an attempt costs some 600
  /// instructions, most of it calling PCRE2; a window of typos.de-complement, whose lookbehinds
  /// try a dozen words at every offset, 5,900.
  private func matches(
    of regex: Regex, startingAt hits: LiteralHitList, admittedBy filter: CharacterBeforeFilter?, in document: Document,
    context: LintContext
  ) throws -> [Match] {
    var found: [Match] = []
    try document.text.withUnsafeBufferPointer { buffer in
      try withUnsafeTemporaryAllocation(of: Int.self, capacity: hits.count) { starts in
        var count = 0
        Self.forEachStart(of: hits) { start in
          guard filter?.admits(buffer, start: start) ?? true else { return }
          starts[count] = start
          count += 1
        }
        try regex.forEachMatch(
          in: buffer, startingAt: UnsafeBufferPointer(rebasing: starts[..<count]), context: context.matchContext,
          trustedUTF8: true
        ) { match in
          Self.append(match, to: &found)
          return true
        }
      }
    }
    return found
  }

  /// Appends a match, taking room for eight at the first: grown from one, a document's matches
  /// were reallocated three or four times (8,000 reallocations for the 10 MB bench), and most
  /// candidates' searches find nothing, so no room is taken before a match.
  private static func append(_ match: Match, to found: inout [Match]) {
    if found.isEmpty { found.reserveCapacity(8) }
    found.append(match)
  }

  /// Calls `body` with where each hit starts, in ascending order. Hits come in order of their
  /// end; a pattern's literals, none inside another, then start in order too (a consistency
  /// rule's, from several patterns, need not). Sorted only if not.
  private static func forEachStart(of hits: LiteralHitList, _ body: (Int) throws -> Void) rethrows {
    if hits.indices.dropFirst().allSatisfy({ hits[$0 - 1].range.lowerBound <= hits[$0].range.lowerBound }) {
      for hit in hits { try body(hit.range.lowerBound) }
    } else {
      for offset in hits.map(\.range.lowerBound).sorted() { try body(offset) }
    }
  }

  /// Where the rule's `literals` occur: the linter's shared scan when it ran, else a scan with
  /// the rule's `own` automaton (tests and `test-rules` check rules on their own).
  func literalHits(in document: Document, context: LintContext, own: Once<LiteralMatcher>) throws -> LiteralHitList {
    if let hits = context.literalHits { return hits }
    let matcher = try own.get()
    return LiteralHitList(document.text.withUnsafeBufferPointer { matcher.allHits(in: $0) })
  }

  /// A finding of this rule, with its message rendered from `values`.
  func diagnostic(
    _ range: ByteRange, values: (String) -> String?, replacement: String? = nil
  ) -> Diagnostic {
    diagnostic(
      range,
      message: descriptor.message.render(replacement: replacement, values),
      replacement: replacement)
  }

  /// A finding of this rule with its message already rendered.
  func diagnostic(_ range: ByteRange, message: String, replacement: String?) -> Diagnostic {
    Diagnostic(
      ruleID: descriptor.id, severity: descriptor.severity, message: message, range: range,
      fix: replacement.map { Fix(range: range, replacement: $0, safety: descriptor.fixSafety) })
  }
}
