/// `kind: repetition` — a word written twice in a row by mistake: one of the `doubled`
/// characters twice (的的), or a run of `min-length`…`max-length` characters of the `word` class
/// followed by itself (进一步进一步). The fix keeps one copy. `RepeatFinder` finds them.
public struct RepetitionRule: Rule {
  public static let kind = "repetition"
  public let descriptor: RuleDescriptor
  let finder: RepeatFinder
  /// Finds the doubled pairs when the rule is checked without the linter's shared scan.
  private let pairFinder: Once<LiteralMatcher>

  /// The doubled characters written twice, when the finder takes them from the literal hits.
  public var literals: [String] { finder.doubledPairs }

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    let doubled = (try fields.string("doubled") ?? "").unicodeScalars
    let wordPattern = try fields.requiredString("word")
    guard let word = ScalarClass(try definition.compile(wordPattern, key: "word")) else {
      throw fields.error("“word” must match single characters, like \\p{sc=Han}: \(wordPattern)", at: fields.value("word"))
    }
    let minimum = try fields.int("min-length") ?? 2
    let maximum = try fields.int("max-length") ?? minimum
    guard minimum >= 1, maximum >= minimum else {
      throw fields.error("“min-length” and “max-length” must be whole numbers with 1 ≤ min-length ≤ max-length")
    }
    finder = RepeatFinder(doubled: doubled, word: word, lengths: minimum...maximum)
    let pairs = finder.doubledPairs
    pairFinder = Once { LiteralMatcher(patterns: pairs) }
    try descriptor.message.validate(known: { ["match", "replacement"].contains($0) }, fields: fields)
    try definition.rejectUnknownKeys()
  }

  public func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws {
    let finder = finder  // a local: a closure reading the property captured the whole rule
    let fourByte = document.hasFourByteCharacters
    // Every pair is two characters of three bytes: the hits, in order of their end, start in order.
    let doubledStarts =
      finder.doubledPairs.isEmpty
      ? [] : try literalHits(in: document, context: context, own: pairFinder).map { $0.range.lowerBound }
    let repeats = document.text.withUnsafeBufferPointer {
      finder.repeats(in: $0, mayHoldFourByteCharacters: fourByte, doubledStarts: doubledStarts)
    }
    for found in repeats {
      let range = found.start..<found.end
      findings.append(
        diagnostic(
          range, values: { $0 == "match" ? document.string(range) : nil },
          replacement: document.string(found.start..<found.middle)))
    }
  }
}
