import PCRE2

/// What a rule may know beyond the document: the profile in force, the match limits, the
/// document kind the configuration names (`kind:`; nil: found from the title), and where its
/// literals occur.
public struct LintContext: Sendable {
  public var profile: Profile
  public var matchContext: MatchContext
  public var documentKind: String?
  /// Where the rule's `literals` occur in the document (`Hit.pattern` indexes `literals`), found
  /// by the linter's shared scan; nil when nobody scanned, and the rule then scans for itself.
  public var literalHits: LiteralHitList?
  /// Where `MarkerScanner.runInLiterals` occur, found by the shared scan for whichever rule
  /// builds the document's structure first; nil when nobody scanned, and the structure then
  /// searches the text for them.
  public var runInHits: LiteralHitList?

  public init(profile: Profile = .draft, matchContext: MatchContext = .shared, documentKind: String? = nil) {
    self.profile = profile
    self.matchContext = matchContext
    self.documentKind = documentKind
  }
}
