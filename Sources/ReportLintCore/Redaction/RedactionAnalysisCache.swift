import PCRE2
import Synchronization

/// Keeps a document's `RedactionAnalysis` for every `redact` rule after the first (a `Document`
/// holds one, as it holds its `StructureCache`, and noncopyable for the same reason: inside the
/// document, not an object of its own). Keyed by lexicon and match limits, which are what
/// the analysis depends on besides the document: one entry in a run, so a list is enough.
struct RedactionAnalysisCache: ~Copyable, Sendable {
  private typealias Entry = (lexicon: RedactionLexicon, limits: MatchContext, analysis: RedactionAnalysis)

  /// Held while an analysis is built, so the rules of a document never build it twice. A `Mutex`,
  /// not an `NSLock`: every document makes a cache, and an `NSLock`'s allocation, pthread set-up
  /// and tear-down cost 840 instructions a file where no `redact` rule runs (10 MB: 1 million).
  private let entries = Mutex<[Entry]>([])

  /// The analysis of `document` under `lexicon` and `context`'s match limits, built on first call.
  /// A failed build (a keep pattern gave up) is not kept: each rule that asks throws again.
  func analysis(of document: Document, lexicon: RedactionLexicon, context: LintContext) throws -> RedactionAnalysis {
    try entries.withLock { entries in
      if let entry = entries.first(where: { $0.lexicon === lexicon && $0.limits === context.matchContext }) {
        return entry.analysis
      }
      let built = try RedactionAnalysis(document, lexicon: lexicon, context: context)
      entries.append((lexicon, context.matchContext, built))
      return built
    }
  }
}
