import PCRE2

/// `kind: pattern` — every match of one PCRE2 pattern is a finding, with an optional fix template.
public struct PatternRule: Rule {
  public static let kind = "pattern"
  public let descriptor: RuleDescriptor
  let regex: Regex
  let replacement: ReplacementTemplate?
  let prefilter: PatternPrefilter

  public var literals: [String] { prefilter.requiredLiterals ?? [] }

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    // `.offsetLimit`: a line's search stops at its last literal when matches start at or before it.
    let regex = try definition.compile(try fields.requiredString("pattern"), key: "pattern", options: .offsetLimit)
    self.regex = regex
    prefilter = definition.analysesPatterns ? PatternPrefilter(pattern: regex.pattern) : .unknown
    if let template = try fields.string("fix") {
      do {
        replacement = try ReplacementTemplate(template, regex: regex)
      } catch {
        throw fields.error("“fix” names a group the pattern does not have: \(template)", at: fields.value("fix"))
      }
    } else {
      replacement = nil
    }
    try descriptor.message.validate(
      known: { name in
        name == "match" || (name == "replacement" && self.replacement != nil)
          || Int(name).map { $0 <= regex.captureCount } == true || regex.groupNumbers[name] != nil
      }, fields: fields)
    try definition.rejectUnknownKeys()
  }

  public func check(_ document: Document, context: LintContext) throws -> [Diagnostic] {
    let text = document.text
    let matches = try matches(of: regex, in: document, context: context, prefilter: prefilter)
    return matches.map { match in
      diagnostic(
        match.range,
        values: { name in
          if name == "match" { return document.string(match.range) }
          guard let group = Int(name) ?? regex.groupNumbers[name], let range = match[group: group]
          else { return nil }
          return document.string(range)
        },
        replacement: replacement?.expand(match, in: text))
    }
  }
}
