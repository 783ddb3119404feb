/// Maps a rule file's `kind:` to the type that implements it.
public enum RuleFactory {
  public typealias Maker = (RuleDefinition) throws(RuleLoadError) -> any Rule

  /// One explicit table, so a reader sees every kind in one place.
  static let makers: [String: Maker] = [
    PatternRule.kind: { definition throws(RuleLoadError) in try PatternRule(definition: definition) },
    SubstitutionRule.kind: { definition throws(RuleLoadError) in try SubstitutionRule(definition: definition) },
    ConsistencyRule.kind: { definition throws(RuleLoadError) in try ConsistencyRule(definition: definition) },
    PairsRule.kind: { definition throws(RuleLoadError) in try PairsRule(definition: definition) },
    NumberingRule.kind: { definition throws(RuleLoadError) in try NumberingRule(definition: definition) },
    SectionsRule.kind: { definition throws(RuleLoadError) in try SectionsRule(definition: definition) },
    RedactRule.kind: { definition throws(RuleLoadError) in try RedactRule(definition: definition) },
    RepetitionRule.kind: { definition throws(RuleLoadError) in try RepetitionRule(definition: definition) },
  ]

  public static var kinds: [String] { makers.keys.sorted() }

  public static func make(_ definition: RuleDefinition) throws(RuleLoadError) -> any Rule {
    guard let maker = makers[definition.descriptor.kind] else {
      throw RuleLoadError(
        file: definition.descriptor.file, line: definition.fields.line,
        message: "unknown kind “\(definition.descriptor.kind)” (known: \(kinds.joined(separator: ", ")))")
    }
    let rule = try maker(definition)
    return definition.exceptions.isEmpty ? rule : ExceptedRule(base: rule, exceptions: definition.exceptions)
  }
}
