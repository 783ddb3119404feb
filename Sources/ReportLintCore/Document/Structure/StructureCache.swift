import Foundation

/// Holds what is worked out once per document and read by many rules: its structure, and what the
/// `sections` rules found in it. Rules of one file run one after another on one thread, but a
/// `Document` is `Sendable`, so each first build is guarded by a lock rather than left to a `lazy`
/// property, which would race if two threads ever shared a document.
final class StructureCache: @unchecked Sendable {
  /// Guards every stored property below (`@unchecked Sendable` rests on it).
  private let lock = NSLock()
  private var structure: DocumentStructure?
  /// One entry per set of kinds and `kind:` asked for; a run has one, so a list is enough.
  private var sections: [(kinds: DocumentKinds, askedKind: String?, analysis: SectionAnalysis)] = []

  /// `runInHits`: the shared scan's hits of `MarkerScanner.runInLiterals`, when the rule asking
  /// has them; they speed the build and do not change it, so it is cached without them.
  func structure(of document: Document, runInHits: LiteralHitList? = nil) -> DocumentStructure {
    lock.lock()
    defer { lock.unlock() }
    if let structure { return structure }
    let built = DocumentStructure(document: document, runInHits: runInHits)
    structure = built
    return built
  }

  /// `literalHits`: the shared scan's hits of `kinds.sectionLiterals`, when it ran; they
  /// speed the analysis and do not change it, so it is cached without them. `runInHits`: as
  /// for `structure(of:runInHits:)`, which the analysis reads.
  func sections(
    of document: Document, kinds: DocumentKinds, askedKind: String?, literalHits: LiteralHitList?,
    runInHits: LiteralHitList? = nil
  ) -> SectionAnalysis {
    func cached() -> SectionAnalysis? {
      sections.first { $0.kinds === kinds && $0.askedKind == askedKind }?.analysis
    }
    lock.lock()
    let hit = cached()
    lock.unlock()
    if let hit { return hit }
    // Built without the lock: the analysis reads `document.structure`, which takes it. The
    // structure first, from the hits, in case the sections rules are the first to ask for it.
    _ = structure(of: document, runInHits: runInHits)
    let built = SectionAnalysis(document, kinds: kinds, askedKind: askedKind, literalHits: literalHits)
    lock.lock()
    defer { lock.unlock() }
    if let raced = cached() { return raced }
    sections.append((kinds, askedKind, built))
    return built
  }
}
