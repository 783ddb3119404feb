import PCRE2
import PatternAnalysis

/// `kind: consistency` — variants that must not be mixed in one document; the minority's uses
/// are the findings.
public struct ConsistencyRule: Rule {
  public static let kind = "consistency"
  public let descriptor: RuleDescriptor
  let variants: [(text: String, regex: Regex, prefilter: PatternPrefilter)]
  let fixesToMajority: Bool
  /// Every variant's prefilter literals, so the linter's literal scan finds where each may match
  /// and a variant is searched only there (as a pattern rule is): four searches of every whole
  /// document, for numbers.percent-consistency and numbers.plus-consistency, were 26 of 935
  /// million instructions on the 10 MB corpus.
  public let literals: [String]
  /// For each variant, the indices in `literals` of its own; nil when its pattern has none
  /// known (it is searched in every document).
  let ownLiterals: [[Int]?]
  /// For each variant as the majority, the messages rendered so far by the matched bytes: a
  /// message names the match, the majority and its text as the fix, so those bytes and the
  /// majority fix it (10 MB: 514 findings, two messages, each rendered for every finding).
  private let messagesByMajority: [KeptRenderings]

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    guard let pairs = try fields.stringPairs("variants"), pairs.count >= 2 else {
      throw fields.error("“variants” must map at least two variant texts to their patterns")
    }
    var variants: [(text: String, regex: Regex, prefilter: PatternPrefilter)] = []
    var literals: [String] = []
    for pair in pairs {
      let regex = try definition.compile(pair.value, key: "variants", options: .offsetLimit)
      let prefilter = definition.analysesPatterns ? PatternPrefilter.analysing(regex.pattern) : .unknown
      for literal in prefilter.requiredLiterals ?? [] where !literals.contains(literal) { literals.append(literal) }
      variants.append((pair.key, regex, prefilter))
    }
    self.variants = variants
    self.literals = literals
    messagesByMajority = variants.map { _ in KeptRenderings() }
    ownLiterals = variants.map { variant in
      guard variant.prefilter.noMatchWithoutLiterals, let own = variant.prefilter.requiredLiterals else { return nil }
      return own.map { literals.firstIndex(of: $0)! }
    }
    fixesToMajority = try fields.bool("fix") ?? false
    let canFix = fixesToMajority
    try descriptor.message.validate(
      known: { ["match", "majority"].contains($0) || ($0 == "replacement" && canFix) }, fields: fields)
    try definition.rejectUnknownKeys()
  }

  public func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws {
    // A variant none of whose literals the document holds has no use, and a document with uses
    // of one variant at most has no finding: most documents are told apart by the shared scan's
    // hits, without a search. A variant that is searched gets its own literals' hits, as a
    // pattern rule does, not the others' too (on the 10 MB corpus, the ％ variant searched the
    // lines of every %, the * variant those of every ×).
    let hits = context.literalHits
    if let hits, ownLiterals.count(where: { own in own.map { own in hits.contains { own.contains($0.pattern) } } ?? true }) < 2 {
      return
    }
    let uses = try variants.indices.map { index in
      var variantContext = context
      if let hits, let own = ownLiterals[index], !hits.allSatisfy({ own.contains($0.pattern) }) {
        variantContext.literalHits = LiteralHitList(hits.filter { own.contains($0.pattern) })
      }
      let variant = variants[index]
      return try matches(of: variant.regex, in: document, context: variantContext, prefilter: variant.prefilter).map(\.range)
    }
    guard uses.filter({ !$0.isEmpty }).count > 1 else { return }
    // The first variant with the most uses wins a tie, so the pack's order breaks ties.
    let majority = uses.indices.max { uses[$0].count < uses[$1].count || (uses[$0].count == uses[$1].count && $0 > $1) }!
    let majorityText = variants[majority].text
    let replacement = fixesToMajority ? majorityText : nil
    let kept = messagesByMajority[majority]
    let first = findings.count
    for index in uses.indices where index != majority {
      for range in uses[index] {
        let key = RenderingKey(bytes: range, of: document.text)
        if let key, let known = kept.known(key) {
          findings.append(diagnostic(range, message: known.message, replacement: replacement))
          continue
        }
        let message = descriptor.message.render(replacement: replacement) { name in
          name == "match" ? document.string(range) : name == "majority" ? majorityText : nil
        }
        if let key { kept.keep((message, ""), for: key) }
        findings.append(diagnostic(range, message: message, replacement: replacement))
      }
    }
    findings.sortMovingOnce(from: first) { $0.range.lowerBound < $1.range.lowerBound }
  }
}
