import Synchronization

/// Holds what is worked out once per document and read by many rules: its structure, and what the
/// `sections` rules found in it. Rules of one file run one after another on one thread, but a
/// `Document` is `Sendable`, so each first build is guarded by a lock rather than left to a `lazy`
/// property, which would race if two threads ever shared a document.
///
/// A `Mutex`, not an `NSLock`: a dozen rules ask every document, and each `NSLock` lock and
/// unlock was a call through Foundation to pthreads (10 MB: 1.4 million instructions).
///
/// A noncopyable struct, not a class: it lives inside its `Document`, where an object of its own
/// cost an allocation and a release a file (with `RedactionAnalysisCache`, 950 instructions a
/// file; 10 MB: 0.9 million).
struct StructureCache: ~Copyable, Sendable {
  // Not private: a private type inside a noncopyable struct held by another file's class broke
  // the debug build (swift 6.3.1: "Global is external, but doesn't have external or weak linkage").
  struct State {
    var structure: DocumentStructure?
    /// One entry per set of kinds and `kind:` asked for; a run has one, so a list is enough.
    var sections: [(kinds: DocumentKinds, askedKind: String?, analysis: SectionAnalysis)] = []

    func sections(_ kinds: DocumentKinds, _ askedKind: String?) -> SectionAnalysis? {
      sections.first { $0.kinds === kinds && $0.askedKind == askedKind }?.analysis
    }
  }

  private let state = Mutex(State())

  /// `runInHits`: the shared scan's hits of `MarkerScanner.runInLiterals`, when the rule asking
  /// has them; they speed the build and do not change it, so it is cached without them.
  func structure(of document: Document, runInHits: LiteralHitList? = nil) -> DocumentStructure {
    state.withLock { state in
      if let structure = state.structure { return structure }
      let built = DocumentStructure(document: document, runInHits: runInHits)
      state.structure = built
      return built
    }
  }

  /// `literalHits`: the shared scan's hits of `kinds.sectionLiterals`, when it ran; they
  /// speed the analysis and do not change it, so it is cached without them. `runInHits`: as
  /// for `structure(of:runInHits:)`, which the analysis reads.
  func sections(
    of document: Document, kinds: DocumentKinds, askedKind: String?, literalHits: LiteralHitList?,
    runInHits: LiteralHitList?
  ) -> SectionAnalysis {
    if let hit = state.withLock({ $0.sections(kinds, askedKind) }) { return hit }
    // Built without the lock: the analysis reads `document.structure`, which takes it. The
    // structure first, from the hits, in case the sections rules are the first to ask for it.
    _ = structure(of: document, runInHits: runInHits)
    let built = SectionAnalysis(document, kinds: kinds, askedKind: askedKind, literalHits: literalHits)
    return state.withLock { state in
      if let raced = state.sections(kinds, askedKind) { return raced }
      state.sections.append((kinds, askedKind, built))
      return built
    }
  }
}
