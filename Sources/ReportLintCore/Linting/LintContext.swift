import PCRE2

/// What a rule may know beyond the document: the profile in force, the match limits, and the
/// document kind the configuration names (`kind:`; nil: found from the title).
public struct LintContext: Sendable {
  public var profile: Profile
  public var matchContext: MatchContext
  public var documentKind: String?

  public init(profile: Profile = .draft, matchContext: MatchContext = .shared, documentKind: String? = nil) {
    self.profile = profile
    self.matchContext = matchContext
    self.documentKind = documentKind
  }
}
