import PCRE2
import PatternAnalysis

/// A section's heading or paragraph patterns, with one alternation of them all (`(?:a)|(?:b)|…`)
/// that says in one PCRE2 call whether any of them matches. A heading that is no part was tried
/// against each of a kind's 28 heading patterns in turn; the call overhead, not the matching, was
/// the outline's cost.
///
/// An alternation matches where one of its branches does, so it answers “does any match” exactly;
/// which pattern matched, and where, is still asked of the patterns in order. Patterns whose
/// meaning could change inside a larger pattern (backreferences, named or numbered group calls,
/// `\Q` quoting, inline options, verbs) are never joined: the set then asks them one by one.
///
/// Most paragraphs match none of a kind's patterns, and each is asked: where every pattern has
/// required literals (`PatternPrefilter`), a paragraph holding none of them is answered with a
/// byte search per literal, without PCRE2 (the outline's paragraph search was 5% of a run), or,
/// when the linter's shared scan ran, from its hits (`SectionOutline`). A match inside a range,
/// lookarounds included, sees only that range, so the answer is exact.
struct PatternSet: Sendable {
  let patterns: [Regex]
  /// All the patterns as one alternation; nil for fewer than two patterns or any that cannot join.
  let alternation: Regex?
  /// Every match of any pattern contains one of these; nil when some pattern has no such literals,
  /// or the patterns were not analysed (a run over little text, where the analysis would cost
  /// more than the searches it spares).
  let requiredLiterals: [[UInt8]]?

  init(_ patterns: [Regex], analysesPatterns: Bool = true, compile: (String) -> Regex?) {
    self.patterns = patterns
    alternation =
      patterns.count > 1 && patterns.allSatisfy({ Self.canJoin($0.pattern) })
      ? compile(patterns.map { "(?:\($0.pattern))" }.joined(separator: "|")) : nil
    var literals: Set<[UInt8]>? = patterns.isEmpty || !analysesPatterns ? nil : []
    for pattern in patterns where literals != nil {
      // A paragraph's range ends where its text does, so `$` there needs no line end: literals
      // that miss at the end do not decide.
      let prefilter = PatternPrefilter.analysing(pattern.pattern)
      guard let required = prefilter.requiredLiterals, !prefilter.literalsMissAtEnd else {
        literals = nil
        break
      }
      literals?.formUnion(required.map { Array($0.utf8) })
    }
    requiredLiterals = literals.map { $0.sorted { $0.lexicographicallyPrecedes($1) } }
  }

  /// False when no pattern can match inside `range`: it holds none of the required literals.
  private func mayMatch(in range: ByteRange, of document: Document) -> Bool {
    guard let requiredLiterals else { return true }
    return document.text.withUnsafeBytes { text in
      let subject = UnsafeRawBufferPointer(rebasing: text[range])
      return requiredLiterals.contains { ByteSearch.contains(subject, $0) }
    }
  }

  /// Whether any pattern matches inside `range`. `literalsFound`: the caller knows a required
  /// literal occurs there (from the shared scan's hits).
  func matchesAny(in range: ByteRange, of document: Document, literalsFound: Bool = false) -> Bool {
    guard literalsFound || mayMatch(in: range, of: document) else { return false }
    if let alternation { return document.firstMatch(alternation, in: range) != nil }
    return patterns.contains { document.firstMatch($0, in: range) != nil }
  }

  /// The match of the first pattern (in order) that matches inside `range`. `literalsFound`:
  /// the caller knows a required literal occurs there (from the shared scan's hits).
  func firstPatternMatch(in range: ByteRange, of document: Document, literalsFound: Bool = false) -> ByteRange? {
    guard literalsFound || mayMatch(in: range, of: document) else { return nil }
    if let alternation, document.firstMatch(alternation, in: range) == nil { return nil }
    return patterns.lazy.compactMap { document.firstMatch($0, in: range) }.first
  }

  /// No escape that refers to groups or quotes the rest (`\1`, `\g`, `\k`, `\Q`), and no `(?`
  /// but the plain groups and lookarounds, and no `(*` verbs.
  static func canJoin(_ pattern: String) -> Bool {
    let characters = Array(pattern.unicodeScalars)
    for (index, character) in characters.enumerated() where index + 1 < characters.count {
      let next = characters[index + 1]
      if character == "\\", next == "g" || next == "k" || next == "Q" || next.properties.numericType != nil {
        return false
      }
      if character == "(", next == "*" { return false }
      if character == "(", next == "?" {
        let rest = String(String.UnicodeScalarView(characters[(index + 2)...]))
        guard [":", "=", "!", "<=", "<!"].contains(where: { rest.hasPrefix($0) }) else { return false }
      }
    }
    return true
  }
}
