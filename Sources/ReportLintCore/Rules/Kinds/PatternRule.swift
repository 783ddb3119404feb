import PCRE2
import PatternAnalysis

/// `kind: pattern` — every match of one PCRE2 pattern is a finding, with an optional fix template.
public final class PatternRule: Rule {
  public static let kind = "pattern"
  public let descriptor: RuleDescriptor
  let regex: Regex
  let replacement: ReplacementTemplate?
  let prefilter: PatternPrefilter
  /// Refuses the literals after a character that the pattern's leading lookbehind rejects, so
  /// they are not tried.
  let characterBefore: CharacterBeforeFilter?
  /// The messages rendered so far by the matched bytes, for a message that names nothing but
  /// the match (`{match}`), which those bytes fix; nil for other messages. 10 MB: 2,300 findings
  /// of such rules (850 full-width decimal points, one message) rendered theirs one by one.
  private let matchMessages: KeptRenderings?

  public var literals: [String] { prefilter.requiredLiterals ?? [] }
  public var findsNothingWithoutLiterals: Bool { prefilter.noMatchWithoutLiterals }

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    let placeholders = descriptor.message.placeholders
    matchMessages = !placeholders.isEmpty && placeholders.allSatisfy { $0 == "match" } ? KeptRenderings() : nil
    // `.offsetLimit`: a line's search stops at its last literal when matches start at or before it.
    let regex = try definition.compile(try fields.requiredString("pattern"), key: "pattern", options: .offsetLimit)
    self.regex = regex
    // A run over little text skips the analysis (`analysesPatterns`): the pattern then runs on
    // every document, which is what the analysis would have saved it from.
    prefilter = definition.analysesPatterns ? PatternPrefilter.analysing(regex.pattern) : .unknown
    characterBefore = prefilter.characterBefore.flatMap { [prefilter] in
      CharacterBeforeFilter($0, options: regex.options, literals: prefilter.requiredLiterals ?? [])
    }
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

  public func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws {
    let text = document.text
    let matches = try matches(
      of: regex, in: document, context: context, prefilter: prefilter, characterBefore: characterBefore)
    for match in matches {
      let fix = replacement?.expand(match, in: text)
      if let matchMessages, let key = RenderingKey(bytes: match.range, of: text) {
        let message: String
        if let known = matchMessages.known(key) {
          message = known.message
        } else {
          message = descriptor.message.render { $0 == "match" ? document.string(match.range) : nil }
          matchMessages.keep((message, ""), for: key)
        }
        findings.append(diagnostic(match.range, message: message, replacement: fix))
        continue
      }
      findings.append(diagnostic(
        match.range,
        values: { name in
          if name == "match" { return document.string(match.range) }
          guard let group = Int(name) ?? regex.groupNumbers[name], let range = match[group: group]
          else { return nil }
          return document.string(range)
        },
        replacement: fix))
    }
  }
}
