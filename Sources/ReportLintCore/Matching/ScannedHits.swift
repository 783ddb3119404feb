/// The result of one `LiteralScan`: every rule's hits in one array, rule after rule, and after
/// them the hits of `MarkerScanner.runInLiterals`, for the document's structure.
public struct ScannedHits: Sendable {
  let hits: [LiteralMatcher.Hit]
  /// Where each rule's hits begin in `hits`, then where the run-in hits begin; one more entry,
  /// the end.
  let starts: [Int]

  /// Whether the rule's literals occur at all.
  public func hasHits(forRule rule: Int) -> Bool { starts[rule] < starts[rule + 1] }

  public func hits(forRule rule: Int) -> LiteralHitList {
    LiteralHitList(storage: hits, range: starts[rule]..<starts[rule + 1])
  }

  /// The hits of `MarkerScanner.runInLiterals` (`LintContext.runInHits`).
  public var runInHits: LiteralHitList {
    LiteralHitList(storage: hits, range: starts[starts.count - 2]..<starts[starts.count - 1])
  }
}
