/// Reads a PCRE2 pattern far enough to compute its `PatternPrefilter`: a recursive-descent pass
/// over the syntax rule patterns use (literals, classes, groups, alternation, quantifiers,
/// lookarounds, backreferences, `\p{…}`). Anything else — inline options, verbs, recursion,
/// conditionals, `\K` — makes the whole pattern `.unknown`, which is always safe.
struct PatternAnalyzer {
  /// What one piece of a pattern can match.
  struct Summary {
    /// Every string the piece can match, when that is a small finite set (nil otherwise).
    var exact: Set<ByteString>?
    /// Every match contains one of these; nil when unknown.
    var required: Set<ByteString>?
    /// A match, or a lookahead inside it, may contain a line feed.
    var crossesLine: Bool
    /// Every match starts with one of these, when known and `exact` is not (`[，、]+`).
    var leading: Set<ByteString>? = nil
    /// Every match ends with one of these, when known and `exact` is not (`[ \t]+`).
    var trailing: Set<ByteString>? = nil
    /// `required` holds only for matches that do not reach the end of the subject (see
    /// `PatternPrefilter.literalsMissAtEnd`).
    var requiredMissesAtEnd = false
    /// The piece is a bare `$`.
    var isLineEnd = false
    /// The most UTF-8 bytes a match takes, when `exact` does not say; nil: unbounded or unknown.
    var maxLength: Int? = nil
    /// How many bytes after a match's start, at most, its `required` literal starts (before it,
    /// for a lookbehind's); nil: unbounded or unknown.
    var requiredOffset: Int? = nil
    /// The `required` literal of every match starts at or after the match's start (not in a
    /// lookbehind): a match starts at most where its literal does.
    var requiredInMatch = false
    /// A positive lookbehind within a line: the text before the position ends with one of these.
    var endsBehind: Set<ByteString>? = nil
    /// A positive lookahead within a line: the text after the position starts with one of these.
    var startsAhead: Set<ByteString>? = nil
    /// Where in the pattern the class of a one-character positive lookbehind at every match's
    /// start is written (`[，、]` of `(?<=[，、])`): a range, not a string, since summaries are
    /// copied thousands of times at load.
    var characterBefore: Range<Int>? = nil

    /// Strings one of which starts every match.
    var starts: Set<ByteString>? { exact ?? leading }
    /// Strings one of which ends every match.
    var ends: Set<ByteString>? { exact ?? trailing }
    /// The most UTF-8 bytes a match takes; nil: unbounded or unknown.
    var longest: Int? { exact.map { $0.reduce(0) { max($0, $1.utf8Count) } } ?? maxLength }

    static let empty = Summary(exact: onlyEmpty, required: nil, crossesLine: false)
    /// Multiline `$` under ANYCRLF: before "\n" or "\r", or at the end of the subject.
    static let lineEnd = Summary(exact: onlyEmpty, required: nil, crossesLine: false, isLineEnd: true)
    static func opaque(crossesLine: Bool) -> Summary { Summary(exact: nil, required: nil, crossesLine: crossesLine) }
    /// One character of many: at most four UTF-8 bytes.
    static func character(crossesLine: Bool) -> Summary {
      Summary(exact: nil, required: nil, crossesLine: crossesLine, maxLength: 4)
    }
    static func literal(_ text: String) -> Summary {
      let literal = ByteString(text)
      return Summary(
        exact: [literal], required: text.isEmpty ? nil : [literal], crossesLine: text.utf8.contains(UInt8(ascii: "\n")),
        requiredOffset: text.isEmpty ? nil : 0, requiredInMatch: true)
    }
  }

  /// The syntax is outside what the analyzer reads.
  struct Unsupported: Error {}

  /// Larger sets are not worth carrying: a class of more characters is treated as “anything”.
  static let maxSetSize = 64
  /// Unicode properties that contain no line feed (`\p{Cc}`, `\p{Common}`, `\p{Any}` do).
  static let propertiesWithoutLineFeed: Set<String> = [
    "Han", "sc=Han", "scx=Han", "Latin", "Greek", "Cyrillic", "Hiragana", "Katakana", "Hangul",
    "L", "L&", "Lu", "Ll", "Lt", "Lm", "Lo", "M", "Mn", "Mc", "Me", "N", "Nd", "Nl", "No",
    "P", "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "S", "Sm", "Sc", "Sk", "So", "Zs",
    "Extended_Pictographic",
  ]

  private let scalars: [Unicode.Scalar]
  private var position = 0
  /// What each capturing group (by number, from 1) can match, for backreferences.
  private var groups: [Int: Summary] = [:]
  private var groupNumbers: [String: Int] = [:]
  private var groupCount = 0
  /// How many groups enclose the current position.
  private var depth = 0

  init(_ pattern: String) {
    scalars = Array(pattern.unicodeScalars)
  }

  mutating func prefilter() -> PatternPrefilter {
    guard let summary = try? parseWhole() else { return .unknown }
    let literals = summary.required.flatMap { $0.contains("") ? nil : Self.minimal($0) }
    let startsAtLiterals = literals.map { Self.matchesStart(at: $0, summary) } ?? false
    // A kept literal may lie inside a dropped longer one, up to that one's length further on.
    let reach = summary.requiredOffset.flatMap { offset in
      summary.required.map { offset + ($0.map(\.utf8Count).max() ?? 0) }
    }
    return PatternPrefilter(
      requiredLiterals: literals, staysWithinLine: !summary.crossesLine,
      literalsMissAtEnd: literals != nil && summary.requiredMissesAtEnd,
      matchStartReach: literals == nil ? nil : reach,
      literalsInMatch: literals != nil && summary.requiredInMatch,
      matchesStartAtLiterals: startsAtLiterals,
      characterBefore: startsAtLiterals ? summary.characterBefore.map(patternText) : nil, maxMatchLength: summary.longest)
  }

  /// Whether every match starts where one of `kept` (the minimal `summary.required`) occurs: its
  /// required literal starts at the match's start (at most 0 bytes after it, and not before), and
  /// each literal `minimal` dropped begins with a kept one, which then starts there too.
  static func matchesStart(at kept: [String], _ summary: Summary) -> Bool {
    guard summary.requiredOffset == 0, summary.requiredInMatch, let required = summary.required else { return false }
    // A kept literal begins with itself, so one test covers both.
    return required.allSatisfy { literal in kept.contains { literal.string.utf8.starts(with: $0.utf8) } }
  }

  /// Drops literals that contain another one: wherever 某某 occurs, 某 does too.
  static func minimal(_ literals: Set<ByteString>) -> [String] {
    // Each literal's bytes taken once, not once a comparison: joined sets hold 60 literals.
    let sorted = literals.map { ($0, Array($0.string.utf8)) }.sorted { ($0.1.count, $0.0) < ($1.1.count, $1.0) }
    var kept: [(literal: ByteString, bytes: [UInt8])] = []
    for (literal, bytes) in sorted where !kept.contains(where: { Self.contains(bytes, $0.bytes) }) {
      kept.append((literal, bytes))
    }
    return kept.map(\.literal).sorted().map(\.string)
  }

  /// Whether `part` occurs in `text`: literals of a few dozen bytes, which a plain scan serves.
  private static func contains(_ text: [UInt8], _ part: [UInt8]) -> Bool {
    guard part.count <= text.count else { return false }
    return (0...(text.count - part.count)).contains { start in text[start..<(start + part.count)].elementsEqual(part) }
  }

  private mutating func parseWhole() throws(Unsupported) -> Summary {
    let summary = try parseAlternation()
    guard position == scalars.count else { throw Unsupported() }
    return summary
  }

  // MARK: - Structure

  private var current: Unicode.Scalar? { position < scalars.count ? scalars[position] : nil }

  private func peek(_ offset: Int) -> Unicode.Scalar? {
    position + offset < scalars.count ? scalars[position + offset] : nil
  }

  private mutating func advance() -> Unicode.Scalar {
    defer { position += 1 }
    return scalars[position]
  }

  private mutating func skip(_ text: String) -> Bool {
    var index = position
    for expected in text.unicodeScalars {
      guard index < scalars.count, scalars[index] == expected else { return false }
      index += 1
    }
    position = index
    return true
  }

  private mutating func parseAlternation() throws(Unsupported) -> Summary {
    var branches = [try parseSequence()]
    while current == "|" {
      position += 1
      branches.append(try parseSequence())
    }
    return branches.count == 1 ? branches[0] : Self.alternation(branches)
  }

  private mutating func parseSequence() throws(Unsupported) -> Summary {
    var items: [Summary] = []
    while let scalar = current, scalar != "|", scalar != ")" {
      items.append(try parseQuantified())
    }
    return Self.sequence(items, joinEnds: depth == 0)
  }

  private mutating func parseQuantified() throws(Unsupported) -> Summary {
    var summary = try parseAtom()
    while let (minimum, maximum) = try parseQuantifier() {
      if current == "?" || current == "+" { position += 1 }  // lazy or possessive: same language
      summary = Self.repetition(summary, minimum: minimum, maximum: maximum)
    }
    return summary
  }

  /// `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`; a `{` that does not start one of these is a literal,
  /// as in PCRE2 10.42. `{,m}` changed meaning in 10.43, so it is refused.
  private mutating func parseQuantifier() throws(Unsupported) -> (Int, Int?)? {
    switch current {
    case "*": position += 1; return (0, nil)
    case "+": position += 1; return (1, nil)
    case "?": position += 1; return (0, 1)
    case "{":
      var index = position + 1
      func number() -> Int? {
        var value: Int?
        while index < scalars.count, let digit = Int(String(scalars[index])), scalars[index].isASCII {
          value = (value ?? 0) * 10 + digit
          index += 1
        }
        return value
      }
      if peek(1) == "," { throw Unsupported() }
      guard let minimum = number() else { return nil }
      var maximum: Int? = minimum
      if index < scalars.count, scalars[index] == "," {
        index += 1
        maximum = number()
      }
      guard index < scalars.count, scalars[index] == "}" else { return nil }
      position = index + 1
      return (minimum, maximum)
    default:
      return nil
    }
  }

  private mutating func parseAtom() throws(Unsupported) -> Summary {
    let scalar = advance()
    switch scalar {
    case "(":
      depth += 1
      defer { depth -= 1 }
      return try parseGroup()
    case "[": return try parseClass()
    case "\\": return try parseEscape()
    case ".": return .character(crossesLine: false)  // no DOTALL: `.` never matches a line feed
    case "^": return .empty  // multiline: line starts, never past a line feed
    case "$": return .lineEnd
    case "*", "+", "?", ")", "|": throw Unsupported()
    default: return .literal(String(scalar))
    }
  }

  private mutating func parseGroup() throws(Unsupported) -> Summary {
    if current == "*" { throw Unsupported() }  // (*VERB)
    guard current == "?" else { return try parseCapture(name: nil) }
    position += 1
    if skip("#") {
      while let scalar = current, scalar != ")" { position += 1 }
      guard current == ")" else { throw Unsupported() }
      position += 1
      return .empty
    }
    if skip(":") || skip(">") { return try parseGroupBody() }
    if skip("|") { return try parseBranchReset() }
    // Lookarounds consume nothing. What a positive one requires is still in the match's line
    // (when it cannot leave the line), so its literals may select the line.
    if skip("=") { return Self.lookaround(try parseGroupBody(), ahead: true, positive: true) }
    if skip("!") { return Self.lookaround(try parseGroupBody(), ahead: true, positive: false) }
    if skip("<=") { return try parseLookbehind(positive: true) }
    if skip("<!") { return try parseLookbehind(positive: false) }
    if skip("P=") {
      let name = try parseName(until: ")")
      return backreference(groupNumbers[name])
    }
    if skip("P<") { return try parseCapture(name: try parseName(until: ">")) }
    if skip("<") { return try parseCapture(name: try parseName(until: ">")) }
    if skip("'") { return try parseCapture(name: try parseName(until: "'")) }
    throw Unsupported()  // inline options, recursion, conditionals
  }

  /// `(?<=…)` or `(?<!…)`, after its opening; a positive one of one character is noted.
  private mutating func parseLookbehind(positive: Bool) throws(Unsupported) -> Summary {
    let bodyStart = position
    var summary = Self.lookaround(try parseGroupBody(), ahead: false, positive: positive)
    let body = bodyStart..<(position - 1)
    if positive && isOneCharacter(body) { summary.characterBefore = body }
    return summary
  }

  /// The pattern's text in `range`.
  private func patternText(_ range: Range<Int>) -> String {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars[range])
    return String(text)
  }

  /// Whether `range` of the pattern is a single item that matches exactly one character wherever
  /// it matches, with nothing else: a class, a class or property escape, a character (as itself
  /// or escaped) or `.` — not an anchor, a reference, `\R` or `\X`, a group or a quantifier.
  private func isOneCharacter(_ range: Range<Int>) -> Bool {
    guard let first = range.first else { return false }
    switch scalars[first] {
    case "(", ")", "|", "*", "+", "?", "{", "^", "$": return false
    case "\\":
      guard range.count >= 2, !"123456789kQEbBAzZGRXCK".unicodeScalars.contains(scalars[first + 1]) else { return false }
    default: break
    }
    var reader = self
    reader.position = first
    guard (try? reader.parseAtom()) != nil else { return false }
    return reader.position == range.upperBound
  }

  /// `(?|a|b)`: each alternative numbers its groups from the same number.
  private mutating func parseBranchReset() throws(Unsupported) -> Summary {
    let base = groupCount
    var highest = base
    var branches: [Summary] = []
    repeat {
      groupCount = base
      branches.append(try parseSequence())
      highest = max(highest, groupCount)
    } while skip("|")
    groupCount = highest
    guard skip(")") else { throw Unsupported() }
    return Self.alternation(branches)
  }

  private mutating func parseName(until terminator: Unicode.Scalar) throws(Unsupported) -> String {
    var name = ""
    while let scalar = current, scalar != terminator {
      guard scalar.properties.isAlphabetic || scalar == "_" || ("0"..."9").contains(scalar) else {
        throw Unsupported()
      }
      name.unicodeScalars.append(scalar)
      position += 1
    }
    guard current == terminator, !name.isEmpty else { throw Unsupported() }
    position += 1
    return name
  }

  private mutating func parseCapture(name: String?) throws(Unsupported) -> Summary {
    groupCount += 1
    let number = groupCount
    if let name { groupNumbers[name] = number }
    let inner = try parseGroupBody()
    // Under a branch reset several groups share a number: any of them may be the one referred to.
    groups[number] = groups[number].map { Self.alternation([$0, inner]) } ?? inner
    return inner
  }

  private mutating func parseGroupBody() throws(Unsupported) -> Summary {
    let inner = try parseAlternation()
    guard current == ")" else { throw Unsupported() }
    position += 1
    return inner
  }

  /// A backreference matches the text its group matched, so it can match what the group can (a
  /// reference to a group not yet closed: anything). `([，、])\1` thus requires ，，/、、/，、/、，.
  /// Facts that hold only where the group stood (what a lookaround there saw, a `$` there, where
  /// its literal lies from the match's start) are dropped: `((?<=》))` matches nothing, and its
  /// reference matches empty anywhere.
  private func backreference(_ number: Int?) -> Summary {
    guard let number, var summary = groups[number] else { return .opaque(crossesLine: true) }
    summary.endsBehind = nil
    summary.startsAhead = nil
    summary.isLineEnd = false
    summary.requiredOffset = nil
    summary.requiredInMatch = false
    summary.characterBefore = nil
    if Self.isOnlyEmpty(summary.exact) { summary.required = nil }
    return summary
  }

  // MARK: - Escapes

  private mutating func parseEscape() throws(Unsupported) -> Summary {
    guard let scalar = current else { throw Unsupported() }
    position += 1
    switch scalar {
    case "1"..."9":
      if let next = current, ("0"..."9").contains(next) { throw Unsupported() }  // \10: octal or group
      return backreference(Int(String(scalar)))
    case "k":
      let closers: [Unicode.Scalar: Unicode.Scalar] = ["<": ">", "{": "}", "'": "'"]
      guard let open = current, let close = closers[open] else { throw Unsupported() }
      position += 1
      return backreference(groupNumbers[try parseName(until: close)])
    case "Q":
      var text = ""
      while current != nil, !(current == "\\" && peek(1) == "E") { text.unicodeScalars.append(advance()) }
      if current != nil { position += 2 }
      return .literal(text)
    case "E", "b", "B", "A": return .empty
    case "z", "Z", "G":
      // End of subject and start of search: both move when a line is searched on its own.
      return Summary(exact: Self.onlyEmpty, required: nil, crossesLine: true)
    case "d", "w", "h", "N": return .character(crossesLine: false)
    case "D", "W", "S", "H", "s", "v", "V": return .character(crossesLine: true)
    case "R", "X", "C": return .opaque(crossesLine: true)  // \R takes CRLF, \X a whole cluster
    case "p", "P":
      let property = try parsePropertyName()
      return .character(crossesLine: scalar == "P" || !Self.propertiesWithoutLineFeed.contains(property))
    default:
      guard let literal = try parseLiteralEscape(scalar) else { throw Unsupported() }
      return .literal(String(literal))
    }
  }

  /// `\x…`, `\n`, `\t` and the like, or an escaped punctuation mark; nil for other escapes.
  private mutating func parseLiteralEscape(_ scalar: Unicode.Scalar) throws(Unsupported) -> Unicode.Scalar? {
    switch scalar {
    case "n": return "\n"
    case "r": return "\r"
    case "t": return "\t"
    case "f": return "\u{0C}"
    case "e": return "\u{1B}"
    case "a": return "\u{07}"
    case "x": return try parseHexEscape()
    default:
      // Escaped non-alphanumerics stand for themselves; escaped letters and digits mean something.
      if scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)) { return nil }
      return scalar
    }
  }

  private mutating func parseHexEscape() throws(Unsupported) -> Unicode.Scalar {
    var digits = ""
    if current == "{" {
      position += 1
      while let scalar = current, scalar != "}" { digits.unicodeScalars.append(advance()) }
      guard current == "}" else { throw Unsupported() }
      position += 1
    } else {
      while digits.count < 2, let scalar = current, scalar.properties.isASCIIHexDigit {
        digits.unicodeScalars.append(advance())
      }
    }
    guard let value = UInt32(digits, radix: 16), let scalar = Unicode.Scalar(value) else { throw Unsupported() }
    return scalar
  }

  private mutating func parsePropertyName() throws(Unsupported) -> String {
    guard let first = current else { throw Unsupported() }
    position += 1
    guard first == "{" else { return String(first) }
    var name = ""
    while let scalar = current, scalar != "}" { name.unicodeScalars.append(advance()) }
    guard current == "}" else { throw Unsupported() }
    position += 1
    return name
  }

  // MARK: - Classes

  /// A bracketed class. Its line-feed question depends on negation: `[^。\r\n]` cannot match one,
  /// `[^。]` can.
  private mutating func parseClass() throws(Unsupported) -> Summary {
    let negated = skip("^")
    var members: Set<Unicode.Scalar> = []
    var enumerable = true
    var mayHoldLineFeed = false
    var surelyHoldsLineFeed = false
    var first = true
    while let scalar = current, scalar != "]" || first {
      first = false
      if scalar == "[", peek(1) == ":" { throw Unsupported() }  // POSIX classes
      guard let low = try parseClassMember(&enumerable, &mayHoldLineFeed, &surelyHoldsLineFeed) else { continue }
      var high = low
      if current == "-", let next = peek(1), next != "]" {
        position += 1
        guard let end = try parseClassMember(&enumerable, &mayHoldLineFeed, &surelyHoldsLineFeed), end >= low else {
          throw Unsupported()
        }
        high = end
      }
      if (low.value...high.value).contains(0x0A) {
        mayHoldLineFeed = true
        surelyHoldsLineFeed = true
      }
      if enumerable, high.value - low.value < UInt32(Self.maxSetSize) {
        for value in low.value...high.value { if let member = Unicode.Scalar(value) { members.insert(member) } }
        if members.count > Self.maxSetSize { enumerable = false }
      } else {
        enumerable = false
      }
    }
    guard current == "]" else { throw Unsupported() }
    position += 1
    if negated { return .character(crossesLine: !surelyHoldsLineFeed) }
    guard enumerable else { return .character(crossesLine: mayHoldLineFeed) }
    let exact = Set(members.map { ByteString(String($0)) })
    return Summary(
      exact: exact, required: exact.isEmpty ? nil : exact, crossesLine: mayHoldLineFeed,
      requiredOffset: exact.isEmpty ? nil : 0, requiredInMatch: true)
  }

  /// One member of a class: a character (returned) or a class escape like `\d` (nil, with the
  /// flags updated).
  private mutating func parseClassMember(
    _ enumerable: inout Bool, _ mayHoldLineFeed: inout Bool, _ surelyHoldsLineFeed: inout Bool
  ) throws(Unsupported) -> Unicode.Scalar? {
    let scalar = advance()
    guard scalar == "\\" else { return scalar }
    guard let escaped = current else { throw Unsupported() }
    position += 1
    switch escaped {
    case "d", "w", "h", "N":
      enumerable = false
    case "s", "v", "D", "W", "H":
      // Each of these holds the line feed (\D, \W, \H hold everything that is not a digit…).
      enumerable = false
      mayHoldLineFeed = true
      surelyHoldsLineFeed = true
    case "S", "V":
      enumerable = false
      mayHoldLineFeed = true
    case "p", "P":
      let property = try parsePropertyName()
      enumerable = false
      if escaped == "P" || !Self.propertiesWithoutLineFeed.contains(property) { mayHoldLineFeed = true }
    case "b":
      return "\u{08}"
    default:
      guard let literal = try parseLiteralEscape(escaped) else { throw Unsupported() }
      return literal
    }
    return nil
  }

  // MARK: - Combining

  /// A lookahead examines text after the match: if that can include a line feed, a search cut at
  /// the line's end would see less. A lookbehind examines text before it, which a line search
  /// keeps in its subject.
  static func lookaround(_ inner: Summary, ahead: Bool, positive: Bool) -> Summary {
    let required = positive && !inner.crossesLine ? inner.required : nil
    // A lookahead's literal starts where its text does, after the position; a lookbehind's before.
    // The text beside the position may join literals (`(?<=》)、(?=《)` needs 》、《), but not
    // across a line end: the literal's line must be the match's.
    let beside = positive && !inner.crossesLine ? (ahead ? inner.starts : inner.ends) : nil
    let sure = beside.flatMap { $0.contains("") ? nil : $0 }
    return Summary(
      exact: Self.onlyEmpty, required: required, crossesLine: ahead && inner.crossesLine,
      requiredMissesAtEnd: required != nil && inner.requiredMissesAtEnd,
      requiredOffset: required == nil ? nil : ahead ? inner.requiredOffset : 0,
      requiredInMatch: ahead && inner.requiredInMatch,
      endsBehind: ahead ? nil : sure, startsAhead: ahead ? sure : nil)
  }

  static func alternation(_ branches: [Summary]) -> Summary {
    var exact: Set<ByteString>? = []
    var required: Set<ByteString>? = []
    // When every branch is exact, so are the starts and ends: the union of the exact sets, which
    // `exact` already is (or, past the size limit, nothing). Rules are read at every start.
    let inexact = branches.contains { $0.exact == nil }
    var starts: Set<ByteString>? = inexact ? [] : nil
    var ends: Set<ByteString>? = inexact ? [] : nil
    var longest: Int? = 0
    var offset: Int? = 0
    var inMatch = true
    for branch in branches {
      inMatch = inMatch && branch.requiredInMatch
      longest = longest.flatMap { most in branch.longest.map { max(most, $0) } }
      offset = offset.flatMap { most in branch.requiredOffset.map { max(most, $0) } }
      exact = exact.flatMap { union in branch.exact.map { union.union($0) } }
      required = required.flatMap { union in branch.required.map { union.union($0) } }
      if inexact {
        starts = starts.flatMap { union in branch.starts.map { union.union($0) } }
        ends = ends.flatMap { union in branch.ends.map { union.union($0) } }
      }
    }
    if let set = exact, set.count > maxSetSize { exact = nil }
    if let set = required, set.count > maxSetSize * 2 { required = nil }
    if let set = starts, set.count > maxSetSize { starts = nil }
    if let set = ends, set.count > maxSetSize { ends = nil }
    return Summary(
      exact: exact, required: required, crossesLine: branches.contains { $0.crossesLine }, leading: starts,
      trailing: ends, requiredMissesAtEnd: required != nil && branches.contains { $0.requiredMissesAtEnd },
      maxLength: longest, requiredOffset: required == nil ? nil : offset, requiredInMatch: inMatch)
  }

  /// `joinEnds`: join the winner to how the items before it end. Only at the pattern's top level:
  /// a joined set inside a group is longer and rarer, but a longer set scores higher and, one level
  /// up, preempted a better candidate (年一… gave way to 一月…, on more lines).
  static func sequence(_ items: [Summary], joinEnds: Bool = false) -> Summary {
    guard items.count > 1 else { return items.first ?? .empty }
    // Candidates: each item's own required set, and the product of every run of exact items
    // (`以下` `率上` → 以下率上, a longer and so rarer literal), ended by how the next item starts.
    // Each is scored once, as it is found; the best is kept. A candidate that starts where a
    // consuming item ends may be kept `refined`, joined to how that item ends: `[0-9]+[千百十]`
    // keeps 4千… for 千, which is found wherever 4千 is and elsewhere too, so the join can only
    // select fewer lines. (Scored on its own instead, a join like 0% beat -0 on length and lost.)
    // A joined literal starts before the candidate, so the candidate's `offset` bounds it too.
    var best:
      (literals: Set<ByteString>, score: (Int, Int, Int), missesAtEnd: Bool, offset: Int?, inMatch: Bool, joined: Bool)?
    // The join is made only for a candidate that wins, or ties with one not joined (`(?<=》)、(?=《)`
    // meets 、《 first from the lookbehind, which nothing precedes): rules are read at every start.
    // `inMatch` for the literals as given; joined ones start in the match unless a lookbehind saw
    // what they were joined to.
    func consider(
      _ literals: Set<ByteString>, offset: Int?, inMatch: Bool, joinedInMatch: Bool = false,
      refined: () -> Set<ByteString>? = { nil }, missesAtEnd: Bool = false
    ) {
      let score = score(literals)
      if let current = best, !(current.score < score) {
        guard current.score == score, !current.joined, let joined = refined() else { return }
        best = (joined, score, missesAtEnd, offset, joinedInMatch, true)
        return
      }
      let joined = refined()
      best = (joined ?? literals, score, missesAtEnd, offset, joined == nil ? inMatch : joinedInMatch, joined != nil)
    }
    let (endsBefore, behindBefore, ends, endsSeenBehind) = Self.ends(of: items)
    // The most bytes the items before each one take: where, at most, that item starts.
    var startsBefore: [Int?] = [0]
    for item in items { startsBefore.append(startsBefore.last!.flatMap { sum in item.longest.map { sum + $0 } }) }
    for (index, item) in items.enumerated() {
      guard let required = item.required else { continue }
      // An exact item's matches follow the end of the items before it directly.
      consider(
        required, offset: startsBefore[index].flatMap { sum in item.requiredOffset.map { sum + $0 } },
        inMatch: item.requiredInMatch, joinedInMatch: !behindBefore[index],
        refined: {
          guard joinEnds, let before = endsBefore[index], let exact = item.exact, !exact.contains("") else {
            return nil
          }
          return Self.product(before, exact)
        }, missesAtEnd: item.requiredMissesAtEnd)
    }
    // `[ \t]+$`: the blank is followed by a line end, "\n" or "\r" — except at the end of the
    // subject, where `$` matches with nothing after it.
    for index in items.indices.dropFirst() where items[index].isLineEnd {
      guard let before = endsBefore[index], let literals = Self.product(before, ["\n", "\r"])
      else { continue }
      consider(literals, offset: startsBefore[index], inMatch: !behindBefore[index], missesAtEnd: true)
    }
    // A run's product starts where item `start` does.
    func considerRun(_ product: Set<ByteString>, from start: Int) {
      consider(
        product, offset: startsBefore[start], inMatch: true, joinedInMatch: !behindBefore[start],
        refined: { joinEnds ? endsBefore[start].flatMap { Self.product($0, product) } : nil })
    }
    var leading: Set<ByteString>?
    for start in items.indices where items[start].starts != nil {
      var product = Self.onlyEmpty
      for item in items[start...].prefix(12) {
        // A lookahead ends the run with the text it sees (`、(?=等)` needs 、等, rarer than 等).
        if let ahead = item.startsAhead {
          if let next = Self.product(product, ahead) { considerRun(next, from: start) }
          break
        }
        guard let next = item.starts.flatMap({ Self.product(product, $0) }) else { break }
        if !next.contains("") { considerRun(next, from: start) }
        if start == 0 { leading = next }
        guard item.exact != nil else { break }
        product = next
      }
    }
    let exact = items.reduce(Self.onlyEmpty as Set<ByteString>?) { product, item in
      product.flatMap { left in item.exact.flatMap { Self.product(left, $0) } }
    }
    // The zero-width items before the first that takes text, and that one, are at the start.
    var characterBefore: Range<Int>?
    for item in items {
      characterBefore = item.characterBefore
      if characterBefore != nil || !isOnlyEmpty(item.exact) { break }
    }
    return Summary(
      exact: exact, required: best?.literals, crossesLine: items.contains { $0.crossesLine }, leading: leading,
      // Ends a lookbehind saw may lie before the match: not what every match ends with.
      trailing: endsSeenBehind ? nil : ends, requiredMissesAtEnd: best?.missesAtEnd ?? false, maxLength: startsBefore.last!,
      requiredOffset: best?.offset, requiredInMatch: best?.inMatch ?? false, characterBefore: characterBefore)
  }

  /// Strings one of which ends the text before where `items[i]` matches (`before[i]`) and before
  /// where all `items` end (`all`): those of the last item that consumes text (zero-width ones —
  /// lookarounds, anchors — end where it does), and of the ones before while the last may match
  /// nothing (`[0-9]+(?:\.[0-9]+)?` ends with a digit), or what a positive lookbehind after them
  /// sees; nil when unknown or when nothing is sure to be consumed.
  /// `behind[i]`: some of `before[i]` is what a lookbehind saw, which may lie before the match;
  /// `allBehind`, the same for `all`.
  static func ends(of items: [Summary]) -> (
    before: [Set<ByteString>?], behind: [Bool], all: Set<ByteString>?, allBehind: Bool
  ) {
    var before: [Set<ByteString>?] = []
    var behind: [Bool] = []
    before.reserveCapacity(items.count)
    behind.reserveCapacity(items.count)
    var running: Set<ByteString>?
    var runningBehind = false
    for item in items {
      before.append(running)
      behind.append(runningBehind)
      guard !isOnlyEmpty(item.exact) else {
        if let seen = item.endsBehind {
          running = seen
          runningBehind = true
        }
        continue
      }
      guard let ends = item.ends else {
        running = nil
        continue
      }
      if ends.contains("") {
        running = running.map { $0.union(ends.subtracting(Self.onlyEmpty)) }
      } else {
        running = ends
        runningBehind = false
      }
      if let set = running, set.count > maxSetSize { running = nil }
    }
    return (before, behind, running, runningBehind)
  }

  static func repetition(_ item: Summary, minimum: Int, maximum: Int?) -> Summary {
    var exact: Set<ByteString>?
    if let single = item.exact, let maximum, maximum <= 8 {
      exact = minimum == 0 ? onlyEmpty : []
      var power: Set<ByteString>? = onlyEmpty
      for count in stride(from: 1, through: maximum, by: 1) {
        power = power.flatMap { Self.product($0, single) }
        if count >= minimum { exact = exact.flatMap { union in power.map { union.union($0) } } }
      }
      if let set = exact, set.count > maxSetSize { exact = nil }
    }
    var required = minimum >= 1 ? item.required : nil
    var missesAtEnd = minimum >= 1 && item.requiredMissesAtEnd
    // The first copy holds a required literal as the item does.
    var offset = minimum >= 1 ? item.requiredOffset : nil
    var inMatch = minimum >= 1 && item.requiredInMatch
    var leading = minimum >= 1 ? item.starts : nil
    // "" among the ends: the repetition may match nothing.
    let trailing = minimum >= 1 ? item.ends : item.ends.map { $0.union(Self.onlyEmpty) }
    // Every match of x{m,} starts with m copies: 。{3,} needs 。。。, not just the everywhere-mark 。.
    if exact == nil, minimum >= 2, let single = item.exact {
      var power: Set<ByteString>? = onlyEmpty
      for _ in 0..<minimum { power = power.flatMap { Self.product($0, single) } }
      if let power, !power.contains("") {
        required = power
        missesAtEnd = false
        offset = 0
        inMatch = true
        leading = power
      }
    }
    return Summary(
      exact: exact, required: required, crossesLine: maximum == 0 ? false : item.crossesLine, leading: leading,
      trailing: trailing, requiredMissesAtEnd: missesAtEnd,
      maxLength: maximum.flatMap { copies in item.longest.flatMap { Self.times($0, copies) } }, requiredOffset: offset,
      requiredInMatch: inMatch)
  }

  /// The set of the empty string alone, made once: an array literal makes a new set each time,
  /// and comparing with one hashes (the sequence and its ends asked thousands of times at start).
  static let onlyEmpty: Set<ByteString> = [""]

  /// Whether `set` is that of the empty string alone: what matches only there (a lookaround, an
  /// anchor).
  static func isOnlyEmpty(_ set: Set<ByteString>?) -> Bool {
    guard let set, set.count == 1 else { return false }
    return set.first!.isEmpty
  }

  /// `length` × `copies`; nil past 2³² bytes (`(?:x{1000}){1000}{1000}`), as unbounded.
  static func times(_ length: Int, _ copies: Int) -> Int? {
    let (product, overflow) = length.multipliedReportingOverflow(by: copies)
    return overflow || product > 1 << 32 ? nil : product
  }

  /// Every concatenation of a string from `left` with one from `right`; nil when too many.
  static func product(_ left: Set<ByteString>, _ right: Set<ByteString>) -> Set<ByteString>? {
    guard left.count * right.count <= maxSetSize else { return nil }
    // The empty string on either side (every run of literals starts from it) gives the other
    // side as it is, with no string hashed again.
    if isOnlyEmpty(left) { return right }
    if isOnlyEmpty(right) { return left }
    // Sized once: growing a set of strings rehashes them, and hashing a string normalizes it.
    var result = Set<ByteString>(minimumCapacity: left.count * right.count)
    for prefix in left { for suffix in right { result.insert(prefix + suffix) } }
    return result
  }

  /// Marks and characters on nearly every line of a report: a literal set holding one of them
  /// selects almost every line, so any other set is better.
  static let everywhere: [ByteString] = [
    "，", "。", "、", "：", "；", "“", "”", "（", "）", "的", "是", "在", "和", "了", "年", "一", "人", "个", "大", "中", "工", "作"]

  /// Sets without an everywhere-character first; then longer literals, which are rarer; then
  /// fewer literals.
  static func score(_ literals: Set<ByteString>) -> (Int, Int, Int) {
    var shortest = Int.max
    var hasEverywhere = false
    for literal in literals {
      let length = literal.utf8Count
      // The empty string is looked for by length, not hashed: a set holding it scores lowest.
      if length == 0 { return (-1, 0, 0) }
      shortest = min(shortest, length)
      if !hasEverywhere, let code = Self.packed(literal), everywhereCodes.contains(code) { hasEverywhere = true }
    }
    return (hasEverywhere ? 0 : 1, literals.isEmpty ? 0 : shortest, -literals.count)
  }

  /// The `everywhere` marks as `packed` gives them. Scoring runs thousands of times at every
  /// start, and comparing a literal with 22 integers costs a tenth of a hashed look-up in a set of
  /// strings (5.7 of the analyser's 41 million instructions went to scoring).
  private static let everywhereCodes = everywhere.map { packed($0)! }

  /// A literal of at most seven bytes as one integer: its bytes, then its length in the top byte
  /// (so "a" and "a\0" differ); nil for a longer one.
  static func packed(_ literal: ByteString) -> UInt64? {
    let bytes = literal.string.utf8
    guard bytes.count < 8 else { return nil }
    return bytes.reduce(0) { code, byte in code << 8 | UInt64(byte) } | UInt64(bytes.count) << 56
  }
}
