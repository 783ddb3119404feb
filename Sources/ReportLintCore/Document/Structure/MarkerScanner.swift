#if canImport(Glibc)
  import Glibc
#else
  import Darwin
#endif
import PCRE2

/// Recognises numbering markers by their shape, standard forms and the variants the form rules
/// flag. Numerals are checked with `ChineseNumeral` afterwards, so words that only look like
/// numerals (十四五) are not markers.
enum MarkerScanner {
  /// A heading marker at the start of a line's text (`\G` anchors it at the offset searched from).
  /// The 、 variant of level 3 must not be followed by a digit (1、2月份 is a range of months), and
  /// a point after a digit must not be a decimal point (1.5倍, 3.14).
  static let heading = compile(
    #"\G(?:"#
      + #"(?<c1>[一二三四五六七八九十百]+)(?<p1>、|，|,|：|:|．|\.(?![0-9]))"#
      + #"|(?<o2>[（(])[ \t\x{3000}]*(?<c2>[一二三四五六七八九十百]+)[ \t\x{3000}]*[）)](?<p2>[、，,．.：:](?![0-9]))?"#
      + #"|(?<o4>[（(])[ \t\x{3000}]*(?<c4>[0-9]{1,2})[ \t\x{3000}]*[）)](?<p4>[、，,．.：:](?![0-9]))?"#
      + #"|(?<c5>[0-9]{1,2})[）)]"#
      + #"|(?<c3>[0-9]{1,2})(?<p3>\.(?![0-9])|．(?![0-9])|、(?![0-9]))"#
      + #")"#)

  /// Run-in enumerations: 一是 (not 一是一、二是二, where a numeral repeats after 是) and 第一，
  /// (not 第一书记, 第一时间: an ordinal marker is followed by punctuation). Either must start a
  /// clause: after a line start, a mark or a space, never inside a word (统一是, 全省第一，).
  ///
  /// Anchored with `\G`: `forEachRunIn` tries it only where a match may start, when `runInShape`
  /// leaves it undecided; `runInShape` reads what it says on bytes, and a test holds the two equal.
  static let runIn = compile(
    #"\G(?<=^|[。；;：:，,！？!?、\s\x{3000}])(?:"#
      + #"(?<c6>[一二三四五六七八九十]{1,3})是(?!\k<c6>(?!\p{Han}))(?<p6>[，,：:、])?"#
      + #"|第(?<c7>[一二三四五六七八九十]{1,3})(?<p7>[，,、：:])"#
      + #")"#)

  static func compile(_ pattern: String) -> Regex {
    do {
      return try Regex(pattern, options: .rulePattern)
    } catch {
      fatalError("marker pattern does not compile: \(error)")
    }
  }

  /// Whether a heading marker may start at `offset`: its first character is one the pattern's
  /// alternatives start with (a Chinese numeral or 百, a bracket, a digit). Most lines start with
  /// none, and are not matched at all.
  @inline(__always)
  static func mayStartHeading(_ text: UnsafeBufferPointer<UInt8>, at offset: Int, before end: Int) -> Bool {
    guard offset < end else { return false }
    let lead = text[offset]
    if lead < 0x80 { return lead == UInt8(ascii: "(") || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(lead) }
    guard offset + 3 <= end else { return false }
    // The low six bits of the last and the middle byte first, each one test against those of
    // the starts, which most lines' first characters fail (10 MB: the list alone cost 110
    // instructions a line; after the last byte's test alone, it was still read for 28% of lines).
    let middle = text[offset + 1]
    let last = text[offset + 2]
    return headingStartLastBits & (1 &<< UInt64(last & 0x3F)) != 0
      && headingStartMiddleBits & (1 &<< UInt64(middle & 0x3F)) != 0 && headingStarts.contains(threeBytes(text, at: offset))
  }

  /// Calls `body` with the shape of each run-in marker match in `text`, in order: the matches a
  /// search of the whole text with `runIn` unanchored finds, found without running the pattern
  /// at every Han character (a third of the structure's cost).
  ///
  /// Every match starts at one of `runInCandidates`, so trying `runIn` at each one that is not
  /// inside the previous match finds the leftmost match at or after the end of the previous one,
  /// as the whole-text search does. It is read on bytes (`runInShape`) where they decide it.
  ///
  /// `runInHits`: the shared literal scan's hits of `runInLiterals`, from which the candidates
  /// are read; nil searches the text for them.
  static func forEachRunIn(
    in text: UnsafeBufferPointer<UInt8>, runInHits: LiteralHitList? = nil, _ body: (MarkerShape) -> Void
  ) {
    var searchFrom = 0
    let candidates = runInHits.map { runInCandidates(text, hits: $0) } ?? runInCandidates(text)
    for candidate in candidates where candidate >= searchFrom && mayStartRunIn(text, at: candidate) {
      let found: MarkerShape?
      switch runInShape(in: text, at: candidate) {
      case .match(let shape): found = shape
      case .none: found = nil
      case .undecided:
        // A match error (a PCRE2 limit) ends the scan, as it ends the whole-text search.
        do {
          found = try runIn.firstMatch(in: text, from: candidate, trustedUTF8: true).flatMap { shape(of: $0, groups: runInGroups) }
        } catch { return }
      }
      guard let shape = found else { continue }
      searchFrom = shape.range.upperBound
      body(shape)
    }
  }

  /// What `runIn` does at `start`, as far as the bytes say.
  enum RunInReading {
    case match(MarkerShape)
    case none
    /// Reading it needs more than the bytes here say cheaply: a character before `start` that
    /// is neither listed in the lookbehind nor ASCII, or a numeral repeated after 是 and followed
    /// by a character that may be Han. PCRE2 decides.
    case undecided
  }

  /// `runIn` at `start` read on bytes, where PCRE2's call cost ten times the reading (10 MB:
  /// 4 million instructions for 3,191 candidates). Neither alternative gains by backtracking:
  /// the numerals are followed by 是 or a mark, never a numeral, so fewer of them fail where the
  /// most (up to three) did; and 是 is no numeral, so a shorter c6 leaves no 是 after it to try
  /// the lookahead again. `runIn` stays the definition, and a test holds the two equal.
  static func runInShape(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> RunInReading {
    @inline(__always)
    func scalar(at offset: Int) -> (value: UInt32, length: Int)? {
      offset < text.count ? UTF8Scalars.decode(text, at: offset) : nil
    }
    let numerals = runInNumerals
    // Up to three numerals from `offset`: where they end.
    @inline(__always)
    func numeralsEnd(from offset: Int) -> Int {
      var end = offset
      while end - offset < 9, let (value, length) = scalar(at: end), numerals.contains(value) { end += length }
      return end
    }
    // The lookbehind: a line's start, or one of its characters before.
    if start > 0 {
      let previous = UTF8Scalars.characterStart(text, holding: start - 1)
      let value = UTF8Scalars.decode(text, at: previous).value
      if !runInPreceding.contains(value) { return value < 0x80 ? .none : .undecided }
    }
    guard let (first, firstLength) = scalar(at: start) else { return .none }
    if first == ordinalScalar {
      let numeralStart = start + firstLength
      let numeralEnd = numeralsEnd(from: numeralStart)
      guard numeralEnd > numeralStart, let (mark, markLength) = scalar(at: numeralEnd), runInMarks.contains(mark)
      else { return .none }
      return .match((start..<(numeralEnd + markLength), numeralStart..<numeralEnd, .ordinal))
    }
    let numeralEnd = numeralsEnd(from: start)
    guard numeralEnd > start, let (suffix, suffixLength) = scalar(at: numeralEnd), suffix == enumeratorScalar else {
      return .none
    }
    let after = numeralEnd + suffixLength
    // (?!\k<c6>(?!\p{Han})): the numerals again, then the end or a character that is not Han,
    // is no marker (一是一、); before Han it is (一是一流的).
    let count = numeralEnd - start
    if after + count <= text.count, text[after..<(after + count)].elementsEqual(text[start..<numeralEnd]) {
      guard let (next, _) = scalar(at: after + count) else { return .none }
      if next < 0x80 { return .none }
      if !(0x4E00...0x9FFF).contains(next) { return .undecided }
    }
    if let (mark, markLength) = scalar(at: after), runInMarks.contains(mark) {
      return .match((start..<(after + markLength), start..<numeralEnd, .enumerator))
    }
    return .match((start..<after, start..<numeralEnd, .enumerator))
  }

  /// `runIn`'s characters, as scalar values: its lookbehind's (\s: the ASCII ones; others are
  /// undecided), the numerals, the marks after each alternative.
  private static let runInPreceding = scalarValues("。；;：:，,！？!?、\u{3000} \t\n\u{0B}\u{0C}\r")
  private static let runInNumerals = scalarValues(numeralCharacters)
  private static let runInMarks = scalarValues("，,：:、")
  private static let ordinalScalar = scalarValues("第")[0]
  private static let enumeratorScalar = scalarValues("是")[0]

  /// Whether `runIn` may match at `candidate` (one of `runInCandidates`), judged on bytes: not
  /// after a character in U+4000–U+9FFF (Han; its lookbehind allows none of them), and a 第 only
  /// before a numeral. Most candidates are inside words (统一是, 全省第一，, 次第), and are not
  /// handed to PCRE2.
  @inline(__always)
  static func mayStartRunIn(_ text: UnsafeBufferPointer<UInt8>, at candidate: Int) -> Bool {
    if candidate >= 3, (0xE4...0xE9).contains(text[candidate - 3]) { return false }
    let numerals = numerals
    return threeBytes(text, at: candidate) != ordinalPrefix
      || (candidate + 6 <= text.count && numerals.contains(threeBytes(text, at: candidate + 3)))
  }

  /// Every offset where `runIn` may match, ascending: each 第, and each run of one to three
  /// numerals that ends just before a 是 (from its first numeral, its second and its third).
  static func runInCandidates(_ text: UnsafeBufferPointer<UInt8>) -> [Int] {
    let ordinals = offsets(of: ordinalPrefix, in: text)
    var candidates: [Int] = []
    candidates.reserveCapacity(ordinals.count + 8)
    var nextOrdinal = 0
    let numerals = numerals  // a local: reading a static in a loop checks its initialisation each time
    for offset in offsets(of: enumeratorSuffix, in: text) {
      // The numerals before 是, nearest first; a run starts at any of them.
      let start = numeralRunStart(text, endingAt: offset, atMost: 3, numerals: numerals)
      // Merged with the 第 offsets as it goes (no sort): the runs before successive 是 ascend,
      // since a run of numerals never holds a 是.
      while nextOrdinal < ordinals.count, ordinals[nextOrdinal] < start {
        candidates.append(ordinals[nextOrdinal])
        nextOrdinal += 1
      }
      candidates.append(contentsOf: stride(from: start, to: offset, by: 3))
    }
    candidates.append(contentsOf: ordinals[nextOrdinal...])
    return candidates
  }

  /// The literals that locate every candidate of `runInCandidates` `mayStartRunIn` lets through:
  /// each numeral before 是, and 第 before each numeral. Found by the linter's shared scan
  /// (`LintContext.runInHits`), they cost a few hits a document instead of two byte searches of
  /// the whole text (10 MB corpus: 21 of the structure's 54 million instructions; the hits cost
  /// the scan 2).
  static let runInLiterals = numeralCharacters.map { "\($0)是" } + numeralCharacters.map { "第\($0)" }

  /// `runInCandidates(text)` less the 第 that no numeral follows (which `mayStartRunIn` turns
  /// away), read from `hits`, every occurrence of `runInLiterals` in `text` in order of their end.
  /// All are two characters long, so that is the order of their starts: a 第 hit gives its own
  /// offset, a numeral-是 hit the offsets of the run of up to three numerals ending at its start.
  static func runInCandidates(_ text: UnsafeBufferPointer<UInt8>, hits: LiteralHitList) -> [Int] {
    var candidates: [Int] = []
    candidates.reserveCapacity(hits.count + 8)
    let numerals = numerals
    for hit in hits {
      let offset = hit.range.lowerBound
      if threeBytes(text, at: offset) == ordinalPrefix {
        candidates.append(offset)
        continue
      }
      // The hit's numeral and up to two more before it; none is a 第 or a 是, so these come
      // after every earlier hit's candidates.
      var start = numeralRunStart(text, endingAt: offset, atMost: 2, numerals: numerals)
      // One by one: appending a stride went through the generic `append(contentsOf:)` (10 MB:
      // 210 instructions a hit).
      while start <= offset {
        candidates.append(start)
        start += 3
      }
    }
    return candidates
  }

  /// Where the three-byte scalar `scalar` occurs in `text`, ascending. Found by its last two
  /// bytes, searched 64 positions at a time (`ByteSearch.forEachPair`): a byte loop over a
  /// 10 MB corpus took 20 ms, `memchr` on the last byte 3, since that byte alone recurs often.
  private static func offsets(of scalar: UInt32, in text: UnsafeBufferPointer<UInt8>) -> [Int] {
    var offsets: [Int] = []
    // Room for more than either scalar's share of the bench corpus (one in 900 bytes), so it
    // rarely grows: growing it was a seventh of the scan.
    offsets.reserveCapacity(text.count / 512)
    let lead = UInt8(truncatingIfNeeded: scalar >> 16)
    _ = ByteSearch.forEachPair(
      UInt8(truncatingIfNeeded: scalar >> 8), UInt8(truncatingIfNeeded: scalar), in: UnsafeRawBufferPointer(text), from: 1
    ) { at in
      if text[at - 1] == lead { offsets.append(at - 1) }
      return false
    }
    return offsets
  }

  /// Where the run of up to `limit` numerals (three-byte, `numerals`) that ends at `end` starts;
  /// `end` when no numeral ends there.
  @inline(__always)
  private static func numeralRunStart(
    _ text: UnsafeBufferPointer<UInt8>, endingAt end: Int, atMost limit: Int, numerals: [UInt32]
  ) -> Int {
    var start = end
    while start >= 3, end - start < 3 * limit, numerals.contains(threeBytes(text, at: start - 3)) { start -= 3 }
    return start
  }

  /// The three bytes of a three-byte UTF-8 scalar at `offset`, as one number.
  @inline(__always)
  private static func threeBytes(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
    UInt32(text[offset]) << 16 | UInt32(text[offset + 1]) << 8 | UInt32(text[offset + 2])
  }

  /// The characters' `threeBytes` values, in order. Looked up in an array: a dozen compares cost
  /// less than hashing the key into a set.
  private static func threeByteScalars(_ characters: String) -> [UInt32] {
    characters.unicodeScalars.map { scalar in
      let bytes = Array(String(scalar).utf8)
      precondition(bytes.count == 3, "\(scalar) is not a three-byte scalar")
      return bytes.withUnsafeBufferPointer { threeBytes($0, at: 0) }
    }
  }

  /// The Chinese numerals of markers, read as packed bytes by the run-in scan and as scalar
  /// values by the heading reader: one list, two forms.
  private static let numeralCharacters = "一二三四五六七八九十"
  private static let numerals = threeByteScalars(numeralCharacters)
  static let headingStarts = threeByteScalars(numeralCharacters + "百（")
  /// Bit n is set when some heading start's last (middle) byte has low bits n. Literals, so that
  /// reading them needs no lazy initialisation (a `swift_once` a line); a test holds them equal
  /// to the bits of the starts.
  static let headingStartLastBits: UInt64 = 0x4000_2800_2810_130B
  static let headingStartMiddleBits: UInt64 = 0x1700_0000_0A00_2020
  private static let ordinalPrefix = threeByteScalars("第").first!
  private static let enumeratorSuffix = threeByteScalars("是").first!

  /// The numeral groups of a marker pattern and the level each stands for, in the order tried.
  typealias NumeralGroups = [(group: Int, level: MarkerLevel)]

  static let headingGroups = numeralGroups(of: heading)
  static let runInGroups = numeralGroups(of: runIn)

  private static func numeralGroups(of regex: Regex) -> NumeralGroups {
    let levels: [(String, MarkerLevel)] = [
      ("c1", .chapter), ("c2", .section), ("c3", .item), ("c4", .subitem), ("c5", .subitem),
      ("c6", .enumerator), ("c7", .ordinal),
    ]
    return levels.compactMap { name, level in regex.groupNumbers[name].map { ($0, level) } }
  }

  /// The shape of a match of a marker pattern whose numeral groups are `groups`.
  static func shape(of match: Match, groups: NumeralGroups) -> MarkerShape? {
    for (group, level) in groups {
      if let numeral = match[group: group] { return (match.range, numeral, level) }
    }
    return nil
  }

  /// Where a marker's bytes and its numeral's are, and its level: what a match of `heading` or
  /// `runIn` says.
  typealias MarkerShape = (range: ByteRange, numeral: ByteRange, level: MarkerLevel)

  /// The marker `shape` on `line` stands for, or nil when its numeral is not one (or is out of range).
  static func marker(
    _ shape: MarkerShape, line: Int, text: UnsafeBufferPointer<UInt8>, isLineStart: Bool
  ) -> Marker? {
    let (range, numeral, level) = shape
    let digits = UnsafeBufferPointer(rebasing: text[numeral])
    let number = level.usesChineseNumerals ? ChineseNumeral.value(ofUTF8: digits) : arabicValue(digits)
    guard let number, (1...99).contains(number) else { return nil }
    return Marker(
      level: level, number: number, range: range, numeralRange: numeral,
      form: form(of: range, numeral: numeral, level: level, in: text),
      line: line, isLineStart: isLineStart)
  }

  /// What `heading` matches at `start` (its range, its numeral group's and that group's level),
  /// read on bytes rather than by PCRE2, whose call cost more than the reading.
  ///
  /// The pattern's alternatives start with different characters (a numeral, a bracket, a digit;
  /// the two bracket ones differ in the character after the spaces), and none gains by
  /// backtracking: what follows a run of numerals, digits or spaces is never a character of the
  /// run, so a shorter run fails where the longest did. One forward read answers as PCRE2 does;
  /// `heading` stays the definition, and a test holds the two equal.
  static func headingShape(in text: UnsafeBufferPointer<UInt8>, at start: Int) -> MarkerShape? {
    @inline(__always)
    func scalar(at offset: Int) -> (value: UInt32, length: Int)? {
      offset < text.count ? UTF8Scalars.decode(text, at: offset) : nil
    }
    // The end of the longest run from `offset` (at most `limit` scalars) that `isInRun` accepts.
    @inline(__always)
    func run(from offset: Int, atMost limit: Int = .max, _ isInRun: (UInt32) -> Bool) -> Int {
      var end = offset
      var count = 0
      while count < limit, let (value, length) = scalar(at: end), isInRun(value) {
        end += length
        count += 1
      }
      return end
    }
    @inline(__always)
    func isDigit(_ value: UInt32) -> Bool { (0x30...0x39).contains(value) }
    // The end of a point at `offset` that is one of `points` and, if `needsNoDigitAfter` says so
    // for it, is not followed by a digit (a decimal point, a range of months: 1.5倍, 1、2月份).
    @inline(__always)
    func point(at offset: Int, _ points: [UInt32], needsNoDigitAfter: (UInt32) -> Bool) -> Int? {
      guard let (value, length) = scalar(at: offset), points.contains(value) else { return nil }
      guard needsNoDigitAfter(value), let (next, _) = scalar(at: offset + length), isDigit(next) else {
        return offset + length
      }
      return nil
    }
    let numerals = headingNumerals
    guard let (first, firstLength) = scalar(at: start) else { return nil }
    if numerals.contains(first) {
      let numeralEnd = run(from: start, numerals.contains)
      let fullStop = UInt32(UInt8(ascii: "."))
      guard let end = point(at: numeralEnd, chapterPoints, needsNoDigitAfter: { $0 == fullStop }) else { return nil }
      return (start..<end, start..<numeralEnd, .chapter)
    }
    if openBrackets.contains(first) {
      let numeralStart = run(from: start + firstLength, spaces.contains)
      let numeralEnd: Int
      let level: MarkerLevel
      if let (value, _) = scalar(at: numeralStart), isDigit(value) {
        (numeralEnd, level) = (run(from: numeralStart, atMost: 2, isDigit), .subitem)
      } else {
        (numeralEnd, level) = (run(from: numeralStart, numerals.contains), .section)
      }
      let closeAt = run(from: numeralEnd, spaces.contains)
      guard numeralEnd > numeralStart, let (close, closeLength) = scalar(at: closeAt), closeBrackets.contains(close)
      else { return nil }
      let end = point(at: closeAt + closeLength, bracketPoints, needsNoDigitAfter: { _ in true }) ?? closeAt + closeLength
      return (start..<end, numeralStart..<numeralEnd, level)
    }
    guard isDigit(first) else { return nil }
    let numeralEnd = run(from: start, atMost: 2, isDigit)
    if let (close, closeLength) = scalar(at: numeralEnd), closeBrackets.contains(close) {
      return (start..<(numeralEnd + closeLength), start..<numeralEnd, .subitem)
    }
    guard let end = point(at: numeralEnd, itemPoints, needsNoDigitAfter: { _ in true }) else { return nil }
    return (start..<end, start..<numeralEnd, .item)
  }

  /// The characters of `heading`'s alternatives, as scalar values.
  private static func scalarValues(_ characters: String) -> [UInt32] { characters.unicodeScalars.map(\.value) }
  private static let headingNumerals = scalarValues(numeralCharacters + "百")
  private static let openBrackets = scalarValues("（(")
  private static let closeBrackets = scalarValues("）)")
  private static let spaces = scalarValues(" \t\u{3000}")
  /// After 一 (p1), after a bracket (p2, p4), after a digit (p3).
  private static let chapterPoints = scalarValues("、，,：:．.")
  private static let bracketPoints = scalarValues("、，,．.：:")
  private static let itemPoints = scalarValues(".．、")

  /// `Int(text)` of the one or two ASCII digits a marker's Arabic numeral group holds.
  static func arabicValue(_ digits: UnsafeBufferPointer<UInt8>) -> Int? {
    guard !digits.isEmpty, digits.count <= 2 else { return Int(String(decoding: digits, as: UTF8.self)) }
    var value = 0
    for digit in digits {
      guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit) else { return nil }
      value = value * 10 + Int(digit - UInt8(ascii: "0"))
    }
    return value
  }

  /// The marker's bytes with its numeral written as 1 (`Marker.form`): the level's standard
  /// form when the bytes around the numeral are its (most markers; making the string from the
  /// bytes cost 440 instructions, 10 MB: 2 million), else one `String` made straight from the
  /// bytes, rather than joining three.
  private static func form(
    of range: ByteRange, numeral: ByteRange, level: MarkerLevel, in text: UnsafeBufferPointer<UInt8>
  ) -> String {
    let prefix = UnsafeBufferPointer(rebasing: text[range.lowerBound..<numeral.lowerBound])
    let suffix = UnsafeBufferPointer(rebasing: text[numeral.upperBound..<range.upperBound])
    let standard = standardForms[level.rawValue - 1]
    if same(prefix, standard.prefix) && same(suffix, standard.suffix) { return level.name }
    let one = numeralOne[level.rawValue - 1]
    let count = prefix.count + one.count + suffix.count
    return String(unsafeUninitializedCapacity: count) { buffer in
      var end = buffer.initialize(fromContentsOf: prefix)
      end += UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: one)
      end += UnsafeMutableBufferPointer(rebasing: buffer[end...]).initialize(fromContentsOf: suffix)
      return end
    }
  }

  /// Whether `bytes` are `other`'s: the lengths first, most often different, then a byte loop
  /// (`elementsEqual` was a call of 67 instructions, two a marker).
  @inline(__always)
  private static func same(_ bytes: UnsafeBufferPointer<UInt8>, _ other: [UInt8]) -> Bool {
    guard bytes.count == other.count else { return false }
    for index in bytes.indices where bytes[index] != other[index] { return false }
    return true
  }

  /// `level.numeral(1)` for each level (by raw value), as UTF-8.
  private static let numeralOne = MarkerLevel.allCases.map { Array($0.numeral(1).utf8) }

  /// The UTF-8 of each level's standard form (its name) before and after its numeral 1.
  private static let standardForms = MarkerLevel.allCases.map { level in
    let name = Array(level.name.utf8)
    let one = numeralOne[level.rawValue - 1]
    let start = (0...(name.count - one.count)).first { name[$0..<($0 + one.count)].elementsEqual(one) }!
    return (prefix: Array(name[..<start]), suffix: Array(name[(start + one.count)...]))
  }
}
