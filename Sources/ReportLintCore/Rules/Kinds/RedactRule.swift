import PCRE2

/// `kind: redact` — a detector of values to mask: a PCRE2 `pattern` (optionally confirmed by
/// `context` words within `context-window` characters and a `validator`), or a dictionary
/// `detector` (place, organisation, person); a `category`; and a `mask` operator. In lint (profile
/// redacted) each value is a finding shown masked, with the mask as a suggested fix; `reportlint
/// redact` applies the masks of every such rule through `Redactor`.
public struct RedactRule: Rule {
  public static let kind = "redact"
  public let descriptor: RuleDescriptor
  public let category: RedactionCategory
  let mask: MaskOperator
  let regex: Regex?
  let detector: DictionaryDetector?
  let contextWords: [String]
  let contextWindow: Int
  let validator: RedactionValidator?
  /// Parses the pack's data lists on first call (shared by every redact rule).
  let lexicon: @Sendable () throws -> RedactionLexicon

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    let categoryText = try fields.requiredString("category")
    guard let category = RedactionCategory(rawValue: categoryText) else {
      throw fields.error("category “\(categoryText)” is not one of \(RedactionCategory.allCases.map(\.rawValue).joined(separator: ", "))")
    }
    self.category = category
    let maskText = try fields.requiredString("mask")
    guard let mask = MaskOperator(rawValue: maskText) else {
      throw fields.error("mask “\(maskText)” is not one of digits, characters, name")
    }
    self.mask = mask
    let pattern = try fields.string("pattern")
    let detectorText = try fields.string("detector")
    guard (pattern == nil) != (detectorText == nil) else {
      throw fields.error("a redact rule has either “pattern” or “detector” (place, organisation, person)")
    }
    regex = try pattern.map { (text) throws(RuleLoadError) in try definition.compile(text, key: "pattern") }
    if let detectorText {
      guard let detector = DictionaryDetector(rawValue: detectorText) else {
        throw fields.error("detector “\(detectorText)” is not one of place, organisation, person")
      }
      self.detector = detector
    } else {
      detector = nil
    }
    contextWords = try fields.strings("context") ?? []
    contextWindow = try fields.int("context-window") ?? 8
    if let name = try fields.string("validator") {
      guard let validator = RedactionValidator(rawValue: name) else {
        throw fields.error("validator “\(name)” is not one of \(RedactionValidator.allCases.map(\.rawValue).joined(separator: ", "))")
      }
      self.validator = validator
    } else {
      validator = nil
    }
    lexicon = try RedactionLexicon.lazy(for: definition)
    try descriptor.message.validate(known: { ["masked", "category", "replacement"].contains($0) }, fields: fields)
    try definition.rejectUnknownKeys()
  }

  public func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws {
    for span in try spans(in: document, context: context) {
      var diagnostic = diagnostic(
        span.range,
        values: { name in
          switch name {
          case "masked": return span.shown
          case "category": return span.category.label
          default: return nil
          }
        }, replacement: span.replacement)
      diagnostic.shownText = span.shown
      findings.append(diagnostic)
    }
  }

  /// The values this rule masks in `document`, outside the protected spans (set phrases, keep
  /// names, keep patterns).
  public func spans(in document: Document, context: LintContext) throws -> [RedactionSpan] {
    let lexicon = try self.lexicon()
    let analysis: RedactionAnalysis
    do {
      analysis = try document.redactionCache.analysis(of: document, lexicon: lexicon, context: context)
    } catch let error as PCRE2Error {
      throw RuleError(ruleID: descriptor.id, underlying: error)
    }
    let text = analysis.text
    var found: [(range: Range<Int>, proper: Range<Int>?, validated: Bool)] = []
    if let detector {
      found = detector.detect(in: analysis, lexicon: lexicon).map { ($0.range, $0.proper, false) }
    } else if let regex {
      let matches = try matches(of: regex, in: document, context: context)
      for match in matches where !match.range.isEmpty {
        let range = text.index(ofByte: match.range.lowerBound)..<text.index(ofByte: match.range.upperBound)
        let validated = validator?.isValid(text.string(range)) ?? false
        let labelled = hasContext(around: range, in: text)
        // A validator proves the value; failing it, a label still does (the legal tool's rule:
        // 身份证号：… is masked whatever its checksum). Context alone is required when given.
        if validator != nil ? !(validated || labelled) : (!contextWords.isEmpty && !labelled) { continue }
        let proper = regex.groupNumbers["mask"].flatMap { match[group: $0] }.map {
          (text.index(ofByte: $0.lowerBound) - range.lowerBound)..<(text.index(ofByte: $0.upperBound) - range.lowerBound)
        }
        found.append((range, proper.map { ($0.lowerBound + range.lowerBound)..<($0.upperBound + range.lowerBound) }, validated))
      }
    }
    return found.compactMap { item in
      if analysis.isProtected(item.range) { return nil }
      let original = text.string(item.range)
      let proper = item.proper.map { ($0.lowerBound - item.range.lowerBound)..<($0.upperBound - item.range.lowerBound) }
      return RedactionSpan(
        range: text.byteRange(item.range), original: original, replacement: mask.mask(original, proper: proper),
        category: category, validated: item.validated, ruleID: descriptor.id)
    }.filter { $0.replacement != $0.original }
  }

  /// Whether a context word lies within `contextWindow` characters before or after `range`.
  func hasContext(around range: Range<Int>, in text: ScalarText) -> Bool {
    guard !contextWords.isEmpty else { return false }
    let window = max(0, range.lowerBound - contextWindow)..<min(text.count, range.upperBound + contextWindow)
    let before = text.string(window.lowerBound..<range.lowerBound)
    let after = text.string(range.upperBound..<window.upperBound)
    return contextWords.contains { before.contains($0) || after.contains($0) }
  }
}
