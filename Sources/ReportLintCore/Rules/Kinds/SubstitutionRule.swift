/// `kind: substitution` — a word list of wrong → right forms, matched all at once by a literal
/// automaton (not one giant alternation), leftmost-longest.
public struct SubstitutionRule: Rule {
  public static let kind = "substitution"
  public let descriptor: RuleDescriptor
  /// The wrong forms, in the order of `replacements`.
  public let literals: [String]
  let replacements: [String]
  /// Each wrong form's message, rendered at load: a finding's match is its wrong form, so its
  /// message is fixed, and rendering it again for every finding (55,000 full-width digits in the
  /// 40 MB bench corpus) allocated it again each time.
  let messages: [String]
  /// Its own automaton, for a check without the linter's shared scan (tests, `test-rules`); made
  /// on first use, so a lint run does not build 800-word automata twice at every start.
  private let ownMatcher: Once<LiteralMatcher>

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    guard let swap = try fields.stringPairs("swap"), !swap.isEmpty else {
      throw fields.error("missing “swap”: a mapping of wrong form to right form")
    }
    var seen: Set<String> = []
    // Sized once: growing it rehashed the wrong forms at every doubling (2.5 of the 7.3 million
    // instructions the built-in substitution rules took to load).
    seen.reserveCapacity(swap.count)
    for entry in swap {
      if entry.key.isEmpty || entry.key == entry.value {
        throw RuleLoadError(
          file: descriptor.file, line: entry.line,
          message: "“\(entry.key)” → “\(entry.value)” is not a substitution")
      }
      if !seen.insert(entry.key).inserted {
        throw RuleLoadError(file: descriptor.file, line: entry.line, message: "“\(entry.key)” is listed twice")
      }
    }
    let literals = swap.map(\.key)
    self.literals = literals
    ownMatcher = Once { LiteralMatcher(patterns: literals) }
    replacements = swap.map(\.value)
    messages = swap.map { entry in
      definition.descriptor.message.render { name in
        switch name {
        case "match": entry.key
        case "replacement": entry.value
        default: nil
        }
      }
    }
    try descriptor.message.validate(known: { ["match", "replacement"].contains($0) }, fields: fields)
    try definition.rejectUnknownKeys()
  }

  public func check(_ document: Document, context: LintContext) throws -> [Diagnostic] {
    let hits = LiteralMatcher.leftmostLongest(try literalHits(in: document, context: context, own: ownMatcher))
    return hits.map { hit in
      diagnostic(hit.range, message: messages[hit.pattern], replacement: replacements[hit.pattern])
    }
  }
}
