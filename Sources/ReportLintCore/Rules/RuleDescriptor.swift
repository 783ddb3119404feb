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
  /// The examples; a built-in rule's are read from its file only when asked for here (see
  /// `RuleSource.defersExamples`).
  public var examples: RuleExamples { exampleSource.examples }
  let exampleSource: RuleExamples.Source
  /// The rule file, for error messages.
  public let file: String

  public init(
    id: String, pack: String, kind: String, message: MessageTemplate, severity: Severity,
    profiles: Set<Profile>, description: String, link: String?, fixSafety: FixSafety,
    examples: RuleExamples, file: String
  ) {
    self.init(
      id: id, pack: pack, kind: kind, message: message, severity: severity, profiles: profiles,
      description: description, link: link, fixSafety: fixSafety, exampleSource: .read(examples), file: file)
  }

  init(
    id: String, pack: String, kind: String, message: MessageTemplate, severity: Severity,
    profiles: Set<Profile>, description: String, link: String?, fixSafety: FixSafety,
    exampleSource: RuleExamples.Source, file: String
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
    self.exampleSource = exampleSource
    self.file = file
  }
}

extension RuleDescriptor {
  /// A descriptor for a rule known only by its id (a finding whose rule the reporter was not
  /// told about), so reports that list rules still name every rule they use.
  static func placeholder(id: String) -> RuleDescriptor {
    let pack = id.split(separator: ".", maxSplits: 1).first.map(String.init) ?? id
    return RuleDescriptor(
      id: id, pack: pack, kind: "", message: MessageTemplate(""), severity: .warning,
      profiles: Set(Profile.allCases), description: id, link: nil, fixSafety: .suggestion,
      examples: RuleExamples(), file: "")
  }
}
