/// `kind: pairs` — brackets and quotes within a paragraph: `check: balance` finds marks without
/// a partner; `check: nesting` finds a pair nested inside itself (《…《…》…》) and rewrites the inner
/// pair to its `inner` form (〈〉).
public final class PairsRule: Rule {
  public static let kind = "pairs"

  enum Check: String, CaseIterable {
    case balance
    case nesting
  }

  public let descriptor: RuleDescriptor
  let check: Check
  let pairs: [(open: Unicode.Scalar, close: Unicode.Scalar)]
  let inner: [(open: String, close: String)]
  /// Every mark: literal 2n is pair n's opening mark, 2n+1 its closing mark.
  public let literals: [String]
  /// The message of a lone mark of each pair, opening and closing, rendered at load: its match
  /// is the mark itself, so the message is fixed (rendering its nine pieces for each finding was
  /// 5,000 instructions a finding, 5.9 of the pairs rules' 13.5 million on the 10 MB corpus).
  /// Only a balance check reports lone marks: a nesting check's list is empty.
  let loneMarkMessages: [(opening: String, closing: String)]
  /// Finds the marks when the rule is checked without the linter's shared scan; made on first use.
  private let markFinder: Once<LiteralMatcher>

  /// Whether a line that starts with `scalar` continues the paragraph above: in Chinese
  /// typesetting no line begins with a closing mark, so such a line is a broken-off piece of the
  /// previous one. (A switch: a `Set<Unicode.Scalar>` hashed the scalar, 180 instructions a
  /// line, 5 of the rule's 24 million on the 10 MB corpus with `isOpeningMark`.)
  static func isContinuationMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "，", "。", "、", "；", "：", "？", "！", "）", "》", "”", "’", "」", "』", "】", "〕", "〉": true
    default: false
    }
  }

  /// Whether a line that ends with `scalar` runs on into the next line: an opening mark never
  /// ends a paragraph, so the break is an artefact (a linked title split onto its own line).
  static func isOpeningMark(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar {
    case "《", "“", "（", "‘", "【", "〔", "「", "『", "〈": true
    default: false
    }
  }

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    check = try fields.choice("check", fallback: Check.balance)
    pairs = try Self.readPairs(fields, key: "pairs").map { ($0.first!, $1.first!) }
    guard !pairs.isEmpty else { throw fields.error("missing “pairs”: a list of [open, close]") }
    literals = pairs.flatMap { [String($0.open), String($0.close)] }
    let marks = literals
    markFinder = Once { LiteralMatcher(patterns: marks) }
    loneMarkMessages = check != .balance ? [] : pairs.map { pair in
      func message(closing: Bool) -> String {
        definition.descriptor.message.render { name in
          switch name {
          case "match": String(closing ? pair.close : pair.open)
          case "partner": String(closing ? pair.open : pair.close)
          case "open": String(pair.open)
          case "close": String(pair.close)
          default: nil
          }
        }
      }
      return (message(closing: false), message(closing: true))
    }
    if check == .nesting {
      let inner = try Self.readPairs(fields, key: "inner")
      guard inner.count == pairs.count else {
        throw fields.error("“inner” needs one [open, close] for each entry of “pairs”")
      }
      self.inner = inner.map { (String($0.0), String($0.1)) }
    } else {
      inner = []
    }
    try descriptor.message.validate(
      known: { ["match", "partner", "open", "close", "replacement"].contains($0) }, fields: fields)
    try definition.rejectUnknownKeys()
  }

  private static func readPairs(_ fields: YAMLFields, key: String) throws(RuleLoadError) -> [(
    String.UnicodeScalarView, String.UnicodeScalarView
  )] {
    guard let node = fields.value(key) else { return [] }
    guard let list = node.sequence else { throw fields.error("“\(key)” must be a list of [open, close]", at: node) }
    var result: [(String.UnicodeScalarView, String.UnicodeScalarView)] = []
    for item in list {
      let marks = try YAMLFields.strings(item, key: key, fields: fields)
      guard marks.count == 2, marks.allSatisfy({ $0.unicodeScalars.count == 1 }), marks[0] != marks[1]
      else {
        throw fields.error("each entry of “\(key)” must be two different single marks, [open, close]", at: item)
      }
      result.append((marks[0].unicodeScalars, marks[1].unicodeScalars))
    }
    return result
  }

  struct Open {
    var pair: Int
    var offset: Int
    var length: Int
    /// Whether the same pair was already open around it.
    var nested: Bool
  }

  public func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws {
    let text = document.text
    // Only the marks matter: the automaton finds them, so plain text costs one table step a byte.
    let marks = try literalHits(in: document, context: context, own: markFinder)
    guard !marks.isEmpty else { return }
    let first = findings.count
    // Room for marks open at once, taken once: grown from one, the stack was reallocated two or
    // three times a document.
    var stack: [Open] = []
    stack.reserveCapacity(8)
    let lines = document.lineIndex
    var next = 0
    var paragraphEndsOpen = false
    var line = lines.line(containing: marks[0].range.lowerBound)
    while next < marks.count {
      let content = lines.contentRange(ofLine: line)
      if !stack.isEmpty && !paragraphEndsOpen && !Self.isContinuationMark(Self.firstScalar(in: text, range: content) ?? " ") {
        appendUnclosed(stack[...], to: &findings)
        stack.removeAll(keepingCapacity: true)
      }
      while next < marks.count, marks[next].range.lowerBound < content.upperBound {
        let hit = marks[next]
        next += 1
        let pair = hit.pattern / 2
        if hit.pattern % 2 == 0 {
          stack.append(
            Open(pair: pair, offset: hit.range.lowerBound, length: hit.range.count, nested: stack.contains { $0.pair == pair }))
          continue
        }
        guard let depth = stack.lastIndex(where: { $0.pair == pair }) else {
          if check == .balance { findings.append(finding(hit.range, pair: pair, closing: true)) }
          continue
        }
        appendUnclosed(stack[(depth + 1)...], to: &findings)
        let open = stack[depth]
        stack.removeLast(stack.count - depth)
        if check == .nesting && open.nested {
          findings.append(nestedPair(open, closeAt: hit.range, document))
        }
      }
      guard next < marks.count else { break }
      if stack.isEmpty {
        // Nothing open: the lines before the next mark's hold no mark and close nothing, and how
        // this one ends matters only to an open mark. Skipped, not walked line by line.
        line = lines.line(containing: marks[next].range.lowerBound)
      } else {
        // An empty line keeps what the line before it said.
        if let last = Self.lastScalar(in: text, range: content) { paragraphEndsOpen = Self.isOpeningMark(last) }
        line += 1
      }
    }
    appendUnclosed(stack[...], to: &findings)
    findings.sortMovingOnce(from: first) { $0.range.lowerBound < $1.range.lowerBound }
  }

  private func appendUnclosed(_ opens: ArraySlice<Open>, to findings: inout [Diagnostic]) {
    guard check == .balance else { return }
    for open in opens {
      findings.append(finding(open.offset..<open.offset + open.length, pair: open.pair, closing: false))
    }
  }

  /// A lone mark's finding: `range` is the mark.
  private func finding(_ range: ByteRange, pair: Int, closing: Bool) -> Diagnostic {
    let messages = loneMarkMessages[pair]
    return diagnostic(range, message: closing ? messages.closing : messages.opening, replacement: nil)
  }

  private func nestedPair(_ open: Open, closeAt close: ByteRange, _ document: Document) -> Diagnostic {
    let forms = inner[open.pair]
    let range = open.offset..<close.upperBound
    var finding = diagnostic(range) { name in
      switch name {
      case "match": return document.string(range)
      case "open": return String(self.pairs[open.pair].open)
      case "close": return String(self.pairs[open.pair].close)
      case "partner", "replacement": return forms.open + forms.close
      default: return nil
      }
    }
    finding.fix = Fix(
      edits: [
        Edit(range: open.offset..<open.offset + open.length, replacement: forms.open),
        Edit(range: close, replacement: forms.close),
      ], safety: descriptor.fixSafety)
    return finding
  }

  static func lastScalar(in text: [UInt8], range: ByteRange) -> Unicode.Scalar? {
    let start = UTF8Scalars.characterStart(text, holding: range.upperBound - 1, notBefore: range.lowerBound)
    return start >= range.lowerBound ? UTF8Scalars.decode(text, at: start).scalar : nil
  }

  static func firstScalar(in text: [UInt8], range: ByteRange) -> Unicode.Scalar? {
    var offset = range.lowerBound
    // Indents (spaces, full-width spaces) do not decide whether a line continues the paragraph.
    while offset < range.upperBound {
      let (scalar, length) = UTF8Scalars.decode(text, at: offset)
      if scalar != " " && scalar != "\u{3000}" && scalar != "\t" { return scalar }
      offset += length
    }
    return nil
  }
}
