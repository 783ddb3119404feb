/// `kind: substitution` — a word list of wrong → right forms, matched all at once by a literal
/// automaton (not one giant alternation), leftmost-longest.
///
/// `join: true` makes wrong forms that follow each other with nothing between one finding, with
/// their right forms joined: “２０２４”→“2024” once, where a finding for each digit told the
/// writer the same thing four times (and was 55,000 of the 93,000 findings on the 40 MB bench).
public struct SubstitutionRule: Rule {
  public static let kind = "substitution"
  public let descriptor: RuleDescriptor
  /// The wrong forms, in the order of `replacements`.
  public let literals: [String]
  let replacements: [String]
  /// Each wrong form's message, rendered once for all findings: a finding's match is its wrong
  /// form, so its message is fixed, and rendering it again for every finding (55,000 full-width
  /// digits in the 40 MB bench corpus) allocated it again each time. Rendered when the rule
  /// first finds anything, not at load: the 948 built-in ones took 2.3 of the 69 million
  /// instructions a start took, and linting one file seldom finds a word of each list.
  private let messages: Once<[String]>
  /// Whether neighbouring wrong forms make one finding (`join`).
  let joinsNeighbours: Bool
  /// The message and fix of each joined run made so far: the 10 MB corpus has 4,388 runs of
  /// full-width digits (“１９５５”) but 426 different ones. Room for a few hundred from the first:
  /// grown from one, the table was rehashed nine times on the way (1.1 million instructions).
  private let joinedRuns = KeptRenderings(expecting: 512)
  /// Every finding is a wrong form, one of the literals.
  public var findsNothingWithoutLiterals: Bool { true }
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
    let replacements = swap.map(\.value)
    self.replacements = replacements
    messages = Once { [template = descriptor.message] in
      zip(literals, replacements).map { literal, replacement in
        template.render(replacement: replacement) { $0 == "match" ? literal : nil }
      }
    }
    joinsNeighbours = try fields.bool("join") ?? false
    try descriptor.message.validate(known: { ["match", "replacement"].contains($0) }, fields: fields)
    try definition.rejectUnknownKeys()
  }

  public func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws {
    let hits = LiteralMatcher.leftmostLongest(try literalHits(in: document, context: context, own: ownMatcher))
    // Each hit a run of its own unless `join`, then neighbours together.
    guard !hits.isEmpty else { return }
    let messages = try self.messages.get()
    var first = 0
    while first < hits.count {
      var last = first
      while joinsNeighbours, last + 1 < hits.count, hits[last + 1].range.lowerBound == hits[last].range.upperBound {
        last += 1
      }
      findings.append(joined(hits[first...last], in: document, messages: messages))
      first = last + 1
    }
  }

  /// One finding for wrong forms in a row; a lone one keeps its wrong form's message (`messages`).
  private func joined(_ run: ArraySlice<LiteralMatcher.Hit>, in document: Document, messages: [String]) -> Diagnostic {
    let only = run[run.startIndex]
    guard run.count > 1 else {
      return diagnostic(only.range, message: messages[only.pattern], replacement: replacements[only.pattern])
    }
    let range = only.range.lowerBound..<run[run.endIndex - 1].range.upperBound
    // Looked up and kept here, not through a call given the rendering as a closure: that
    // closure, inlined, copied the whole rule (and released the copy) for every run.
    let key = RenderingKey(forms: run)
    if let key, let known = joinedRuns.known(key) {
      return diagnostic(range, message: known.message, replacement: known.replacement)
    }
    // Appended one by one: a number's digits fit a small string, which needs no allocation.
    var replacement = ""
    for hit in run { replacement += replacements[hit.pattern] }
    let message = descriptor.message.render(replacement: replacement) { $0 == "match" ? document.string(range) : nil }
    if let key { joinedRuns.keep((message, replacement), for: key) }
    return diagnostic(range, message: message, replacement: replacement)
  }
}
