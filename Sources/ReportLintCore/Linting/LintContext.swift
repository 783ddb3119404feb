import PCRE2

/// What a rule may know beyond the document: the profile in force and the match limits.
public struct LintContext: Sendable {
  public var profile: Profile
  public var matchContext: MatchContext

  public init(profile: Profile = .draft, matchContext: MatchContext = .shared) {
    self.profile = profile
    self.matchContext = matchContext
  }
}
