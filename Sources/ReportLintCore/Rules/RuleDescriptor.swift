/// What every rule has, whatever its kind: identity, message, severity and examples.
public struct RuleDescriptor: Sendable, Hashable {
  /// `<pack>.<name>`.
  public let id: String
  public let pack: String
  public let kind: String
  public let message: MessageTemplate
  public let severity: Severity
  public let profiles: Set<Profile>
  public let description: String
  public let link: String?
  public let fixSafety: FixSafety
  public let examples: RuleExamples
  /// The rule file, for error messages.
  public let file: String

  public init(
    id: String, pack: String, kind: String, message: MessageTemplate, severity: Severity,
    profiles: Set<Profile>, description: String, link: String?, fixSafety: FixSafety,
    examples: RuleExamples, file: String
  ) {
    self.id = id
    self.pack = pack
    self.kind = kind
    self.message = message
    self.severity = severity
    self.profiles = profiles
    self.description = description
    self.link = link
    self.fixSafety = fixSafety
    self.examples = examples
    self.file = file
  }
}
