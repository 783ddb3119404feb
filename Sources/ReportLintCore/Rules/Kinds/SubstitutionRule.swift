/// `kind: substitution` — a word list of wrong → right forms, matched all at once by a literal
/// automaton (not one giant alternation), leftmost-longest.
public struct SubstitutionRule: Rule {
  public static let kind = "substitution"
  public let descriptor: RuleDescriptor
  let matcher: LiteralMatcher
  let replacements: [String]

  public var literals: [String] { matcher.patterns.map { String(decoding: $0, as: UTF8.self) } }

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    guard let swap = try fields.stringPairs("swap"), !swap.isEmpty else {
      throw fields.error("missing “swap”: a mapping of wrong form to right form")
    }
    var seen: Set<String> = []
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
    matcher = LiteralMatcher(patterns: swap.map(\.key))
    replacements = swap.map(\.value)
    try descriptor.message.validate(known: { ["match", "replacement"].contains($0) }, fields: fields)
    try definition.rejectUnknownKeys()
  }

  public func check(_ document: Document, context: LintContext) throws -> [Diagnostic] {
    let hits =
      context.literalHits.map(LiteralMatcher.leftmostLongest)
      ?? document.text.withUnsafeBufferPointer { matcher.leftmostLongestHits(in: $0) }
    return hits.map { hit in
      diagnostic(
        hit.range, values: { $0 == "match" ? document.string(hit.range) : nil },
        replacement: replacements[hit.pattern])
    }
  }
}
