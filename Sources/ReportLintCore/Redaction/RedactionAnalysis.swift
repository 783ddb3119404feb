/// What every `redact` rule reads in a document, worked out once by the first of them to run and
/// kept by `RedactionAnalysisCache`: the text as scalars, where the lexicon's word lists occur, and
/// the ranges redact must leave alone. Each of the fourteen rules working these out for itself was
/// most of the redacted profile's time.
struct RedactionAnalysis: Sendable {
  let text: ScalarText
  /// The hits of `RedactionLexicon.phraseLists`, one array per `RedactionLexicon.PhraseList`.
  private let phraseHits: [[PhraseMatcher.Hit]]
  /// Scalar ranges of set phrases, keep names and keep-pattern matches (`RedactionLexicon.protectedRanges`).
  let protected: [Range<Int>]

  /// Throws `PCRE2Error` when a keep pattern gives up.
  init(_ document: Document, lexicon: RedactionLexicon, context: LintContext) throws {
    text = ScalarText(document.text)
    phraseHits = lexicon.phraseLists.hitsByList(in: text)
    protected = try lexicon.protectedRanges(in: text, hits: phraseHits, context: context)
  }

  /// Where the phrases of `list` occur, in text order (`PhraseMatcher.hitsByList`).
  func hits(_ list: RedactionLexicon.PhraseList) -> [PhraseMatcher.Hit] { phraseHits[list.rawValue] }

  /// Whether `range` (scalar indices) lies within a protected range.
  func isProtected(_ range: Range<Int>) -> Bool {
    protected.contains { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
  }
}
