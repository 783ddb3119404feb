/// The result of one `LiteralScan`: every rule's hits in one array, rule after rule.
public struct ScannedHits: Sendable {
  let hits: [LiteralMatcher.Hit]
  /// Where each rule's hits begin in `hits`; one more entry, the end.
  let starts: [Int]

  public func hits(forRule rule: Int) -> LiteralHitList {
    LiteralHitList(storage: hits, range: starts[rule]..<starts[rule + 1])
  }
}
