import XCTest

@testable import PatternAnalysis
@testable import ReportLintCore

/// What the analyzer reads from patterns. Each case states the literals every match (or its
/// line) must hold and whether matches stay within a line; a wrong answer here is either a lost
/// finding (literals too narrow, a line-crossing pattern searched line by line) or lost speed.
final class PatternPrefilterTests: XCTestCase {
  private func literals(_ pattern: String) -> [String]? { PatternPrefilter(pattern: pattern).requiredLiterals }
  private func staysWithinLine(_ pattern: String) -> Bool { PatternPrefilter(pattern: pattern).staysWithinLine }

  func testLiteralsJoinIntoTheLongestRun() {
    XCTAssertEqual(literals("(?<![0-9])以下率上(?!升)"), ["以下率上"])
    XCTAssertEqual(literals("某某|某(?!省|市)"), ["某"])  // 某某 holds 某
    XCTAssertEqual(literals("(?:做|干)的(?!很)"), ["做的", "干的"])
    XCTAssertEqual(literals("\\Q*+\\E"), ["*+"])
    XCTAssertEqual(literals("\\x{3000}+"), ["\u{3000}"])
    XCTAssertEqual(literals("(?:ab)+c?"), ["ab"])
    XCTAssertEqual(literals("a{0}b"), ["b"])
    XCTAssertEqual(literals("(?<!。)。{3,}"), ["。。。"])  // x{m,} starts with m copies
    XCTAssertEqual(literals("[·・]{3,6}")?.count, 8)  // 2³ three-mark runs, not the marks alone
  }

  func testClassesEnumerateWhenSmall() {
    XCTAssertEqual(literals("[，,]"), [",", "，"])
    XCTAssertEqual(literals("[０-２]"), ["０", "１", "２"])
    XCTAssertNil(literals("[\\p{Han}a]"))
    XCTAssertNil(literals("[^a]"))
    XCTAssertNil(literals("\\d"))
  }

  func testAlternationNeedsEveryBranch() {
    XCTAssertEqual(literals("甲|乙"), ["乙", "甲"])
    XCTAssertNil(literals("甲|."))
    XCTAssertNil(literals("甲?"))
    XCTAssertEqual(literals("(?|(甲)|(乙))\\1"), ["乙乙", "乙甲", "甲乙", "甲甲"])
    XCTAssertEqual(literals("([，、])\\1+"), ["、、", "、，", "，、", "，，"])
    XCTAssertNil(literals("(.)\\1"))
  }

  /// A positive lookaround's text lies on the match's line, so it can choose the line; a
  /// negative one's cannot.
  func testPositiveLookaroundsCanSupplyLiterals() {
    XCTAssertEqual(literals("(?<=第)[一二三]{1,3}(?=人民代表大会|人大)"), ["人大", "人民代表大会"])
    XCTAssertEqual(literals("(?<!第)[一二三]"), ["一", "三", "二"])
    XCTAssertNil(literals("(?!人大).(?<!第)"))
  }

  /// Multiline `$` (ANYCRLF) matches before "\n" or "\r", so what ends the match is followed by
  /// one of them — or by nothing, at the end of the text, which no literal marks: such literals
  /// say so, and the last line is searched too.
  func testLineEndJoinsTheLineBreak() {
    let blanks = PatternPrefilter(pattern: "[ \\t\\x{3000}]+$")
    XCTAssertEqual(blanks.requiredLiterals, ["\t\n", "\t\r", " \n", " \r", "\u{3000}\n", "\u{3000}\r"])
    XCTAssertTrue(blanks.literalsMissAtEnd)
    XCTAssertTrue(blanks.staysWithinLine)
    XCTAssertEqual(literals("(?:。|！)$"), ["。\n", "。\r", "！\n", "！\r"])
    XCTAssertEqual(literals("[，、]+(?<=、)$"), ["、\n", "、\r"])  // what the lookbehind sees ends the text
    XCTAssertEqual(literals("[，、]+(?!、)$"), ["、\n", "、\r", "，\n", "，\r"])  // zero-width items end nothing
    XCTAssertEqual(literals("(?=[。；]$)"), ["。\n", "。\r", "；\n", "；\r"])  // a lookahead's line end
    XCTAssertTrue(PatternPrefilter(pattern: "(?=[。；]$)").literalsMissAtEnd)
    // Nothing certain ends the match before `$`: no line-end literal.
    XCTAssertNil(literals("\\p{Han}+$"))
    XCTAssertEqual(literals("甲[ ]*$"), ["甲"])
    XCTAssertFalse(PatternPrefilter(pattern: "甲[ ]*$").literalsMissAtEnd)
    XCTAssertEqual(literals("甲|[ ]+$"), [" \n", " \r", "甲"])
    XCTAssertTrue(PatternPrefilter(pattern: "甲|[ ]+$").literalsMissAtEnd)
    XCTAssertFalse(PatternPrefilter(pattern: "以下率上$").literalsMissAtEnd)  // its own literal is longer
  }

  /// The winning literals are joined to how the text before them ends: 甲丙 and 乙丙 are found
  /// only where 丙 is, and on fewer lines.
  func testWinnersJoinHowTheTextBeforeEnds() {
    XCTAssertEqual(literals("[甲乙]+丙"), ["乙丙", "甲丙"])
    XCTAssertEqual(literals("[甲乙]+(?:丁[甲乙]+)?丙"), ["乙丙", "甲丙"])  // an optional part ends the same
    XCTAssertEqual(literals("[甲乙]+(?:丁[甲乙]*)?丙"), ["丁丙", "乙丙", "甲丙"])
    XCTAssertEqual(literals("[甲乙]+(?!戊)丙"), ["乙丙", "甲丙"])  // a lookaround consumes nothing
    XCTAssertEqual(literals("(?<![0-9])[0-9]+(?:[.][0-9]+)?[千百]")?.count, 20)
    XCTAssertEqual(literals("\\p{Han}+丙"), ["丙"])
    XCTAssertEqual(literals("[甲乙]*丙"), ["丙"])
    XCTAssertEqual(literals("(?:[甲乙]+丙)"), ["丙"])  // only at the top level: see `sequence`
  }

  /// What a positive lookaround sees beside the position joins the literals; a negative one's,
  /// or one that may reach across a line end, does not.
  func testLookaroundsJoinTheirText() {
    XCTAssertEqual(literals("(?<=》)、(?=《)|(?<=”)、(?=“)"), ["”、“", "》、《"])
    XCTAssertEqual(literals("、(?=等(?!级))"), ["、等"])
    XCTAssertEqual(literals("某某|某(?=省|市)"), ["某市", "某某", "某省"])
    XCTAssertEqual(literals("(?:做|干)的(?=很)"), ["做的很", "干的很"])
    XCTAssertEqual(literals("(?<=[。；])$"), ["。\n", "。\r", "；\n", "；\r"])
    XCTAssertEqual(literals("(?<!》)、(?!《)"), ["、"])
    XCTAssertEqual(literals("、(?=\\n)"), ["、"])
    XCTAssertEqual(literals("(?<=\\n)、"), ["、"])
    XCTAssertEqual(literals("、(?=等?)"), ["、"])  // the lookahead may see nothing
  }

  /// How far before a literal's occurrence a match may start (the literal's own length added:
  /// a kept literal may lie inside a longer one that was dropped).
  func testMatchStartReach() {
    func reach(_ pattern: String) -> Int? { PatternPrefilter(pattern: pattern).matchStartReach }
    XCTAssertEqual(reach("(?<!所|你)(?:做|干)的(?=很)"), 9)  // starts at 做的很
    XCTAssertEqual(reach("(?<=第)[一二三]{1,3}(?=人民代表大会|人大)"), 9 + 18)
    XCTAssertEqual(reach("、(?=等(?!级))"), 6)
    XCTAssertEqual(reach(".{2}甲"), 8 + 3)  // a character takes up to four bytes
    XCTAssertEqual(reach("(甲|乙丙)\\1丁"), 12 + 3)  // a backreference as long as its group
    XCTAssertEqual(reach("某某|某(?!省)"), 6)  // 某 may lie inside 某某
    XCTAssertNil(reach("[0-9]+千"))
    XCTAssertNil(reach("\\X甲"))  // a grapheme cluster has no bound
    XCTAssertNil(reach("[ \\t]+$"))
    XCTAssertNil(reach("\\p{Han}+"))  // no literal
  }

  /// Whether every match starts at or before its literal: not when the literal is, or is joined
  /// to, what a lookbehind saw.
  func testLiteralsInMatch() {
    func inMatch(_ pattern: String) -> Bool { PatternPrefilter(pattern: pattern).literalsInMatch }
    XCTAssertTrue(inMatch("(?<!所)(?:做|干)的"))
    XCTAssertTrue(inMatch("(?<!第)[一二三]{1,3}(?=人大)"))  // a lookahead's text is after the start
    XCTAssertFalse(inMatch("(?<=第)[一二三]{1,3}(?=人大)"))  // joined: 第一人大…
    XCTAssertTrue(inMatch("[0-9]+(?:[.][0-9]+)?千"))  // 4千 starts in the match
    XCTAssertFalse(inMatch("(?<=第)[一二三]"))  // 第 lies before the match
    XCTAssertFalse(inMatch("(?<=》)、(?=《)"))  // 》、《 starts before it
    XCTAssertFalse(inMatch("甲|(?<=乙)丙"))  // one branch's literal is before its match
    XCTAssertFalse(inMatch("\\p{Han}+"))
  }

  /// Whether every match starts where a literal occurs, so a search may try those offsets alone:
  /// not when anything may come before the literal, or a lookbehind saw it, or it may lie inside a
  /// longer literal that starts earlier.
  func testMatchesStartAtLiterals() {
    func startsAt(_ pattern: String) -> Bool { PatternPrefilter(pattern: pattern).matchesStartAtLiterals }
    XCTAssertTrue(startsAt("(?<!所|你)(?:做|干)的(?=很)"))
    XCTAssertTrue(startsAt("(?<=[\\p{Han}，])\\x{3000}+(?=[\\p{Han}])"))
    XCTAssertTrue(startsAt("％"))
    XCTAssertTrue(startsAt("甲|乙丙"))
    XCTAssertTrue(startsAt("某乙|某"))  // 某乙 is dropped for 某, which begins it
    XCTAssertFalse(startsAt("乙某|某"))  // 某 lies inside 乙某, a byte after its start
    XCTAssertFalse(startsAt("甲|x?乙"))  // x may come first
    XCTAssertFalse(startsAt("[0-9]+千"))
    XCTAssertFalse(startsAt("(?<=》)、(?=《)"))  // 》、《 starts before the match
    XCTAssertFalse(startsAt("(?<=第)[一二三]{1,3}(?=人大)"))  // the literal is what follows
    XCTAssertFalse(startsAt("\\p{Han}+"))  // no literal
  }

  /// The class of a one-character positive lookbehind at every match's start, where matches
  /// start at literals: not a negative one, one of more than a character, one not at the start.
  func testCharacterBefore() {
    func before(_ pattern: String) -> String? { PatternPrefilter(pattern: pattern).characterBefore }
    XCTAssertEqual(before("(?<=[\\p{Han}，])\\x{3000}+(?=[\\p{Han}])"), "[\\p{Han}，]")
    XCTAssertEqual(before("(?<=\\p{Han})甲"), "\\p{Han}")
    XCTAssertEqual(before("(?<=.)甲"), ".")
    XCTAssertEqual(before("(?:(?<=\\d)甲)乙"), "\\d")  // the group's start is the match's
    XCTAssertEqual(before("^(?!乙)(?<=\\p{Han})甲"), "\\p{Han}")  // after zero-width items
    XCTAssertNil(before("(甲)(?<=\\p{Han})乙"))  // after the start
    XCTAssertNil(before("(?<![0-9])甲"))
    XCTAssertNil(before("(?<=\\p{Han}|\\d)甲"))
    XCTAssertNil(before("(?<=\\p{Han}{2})甲"))
    XCTAssertNil(before("(?<=\\b)甲"))
    XCTAssertNil(before("甲|(?<=\\p{Han})乙"))
    XCTAssertNil(before("(?<=\\p{Han})[0-9]+千"))  // matches do not start at the literal
    XCTAssertNil(before("(?<=第)十"))  // 第十 is the literal, and starts before the match
  }

  func testLineCrossingIsDetected() {
    XCTAssertTrue(staysWithinLine("[^。；\\r\\n]+也要"))
    XCTAssertFalse(staysWithinLine("[^。；]+也要"))  // a negated class without \n takes a line feed
    XCTAssertTrue(staysWithinLine("[^，\\s]{0,4}制度"))
    XCTAssertFalse(staysWithinLine("。\\s*$"))
    XCTAssertTrue(staysWithinLine("[ \\t\\x{3000}]+$"))
    XCTAssertFalse(staysWithinLine("甲\\n乙"))
    XCTAssertFalse(staysWithinLine("甲(?=[^。]*乙)"))  // a lookahead that may look past the line end
    XCTAssertTrue(staysWithinLine("(?<![“]\\n)甲"))  // a lookbehind keeps its subject
    XCTAssertTrue(staysWithinLine("(甲)\\1"))
    XCTAssertFalse(staysWithinLine("(\\s)\\1"))
    XCTAssertFalse(staysWithinLine("甲\\z"))
    XCTAssertFalse(staysWithinLine("\\G甲"))
    XCTAssertTrue(staysWithinLine("\\p{Han}+"))
    XCTAssertFalse(staysWithinLine("\\p{Cc}"))
    XCTAssertFalse(staysWithinLine("\\P{Han}"))
    XCTAssertFalse(staysWithinLine("\\D"))
    XCTAssertTrue(staysWithinLine("."))
  }

  func testUnreadSyntaxIsUnknown() {
    for pattern in ["(?i)abc", "(?(1)a|b)", "a\\Kb", "(*UTF)a", "(?1)", "a{,3}", "[[:alpha:]]", "\\10", "(a"] {
      XCTAssertEqual(PatternPrefilter(pattern: pattern), .unknown, pattern)
    }
  }

  /// What a lookbehind inside a group saw may lie before the match, and a reference to a group
  /// that matched nothing matches empty anywhere: neither may bound where a search starts.
  func testLookbehindEndsAndEmptyReferencesKeepEveryMatch() throws {
    let cases: [(String, [String])] = [
      (#"(?:[0-9]+(?<=》[0-9]))号码"#, ["》2号码", "甲》23号码乙", "2号码", "》2号码》3号码"]),
      (#"([0-9]+(?<=》[0-9]))号码"#, ["》2号码", "乙丙》2号码"]),
      (#"((?<=》))\1号"#, ["》号", "甲号", "》》号"]),
      (#"((?<=》)|b)\1码"#, ["》码", "bb码", "甲码"]),
    ]
    for (pattern, texts) in cases {
      let rule = try makeRule(
        """
        kind: pattern
        message: "x"
        description: 测试。
        pattern: '\(pattern)'
        examples: {invalid: ["↓》2号码"]}
        """)
      let scan = LiteralScan(rules: [rule])
      for text in texts {
        let document = Document(path: "t.txt", string: text)
        var scanned = LintContext()
        scanned.literalHits = scan.hitsByRule(in: document.text).hits(forRule: 0)
        XCTAssertEqual(
          try rule.check(document, context: scanned).map(\.range), try rule.check(document, context: LintContext()).map(\.range),
          "\(pattern) on \(text)")
      }
    }
  }

  /// Every built-in pattern rule is read (none falls back to `.unknown` unnoticed) and has
  /// literals, so none runs over every line of every document.
  func testBuiltinPatternsAreAnalysed() {
    var withoutLiterals: [String] = []
    for rule in RulePackLoader.load([.builtin]).rules {
      guard let pattern = ((rule as? ExceptedRule)?.base ?? rule) as? PatternRule else { continue }
      XCTAssertTrue(pattern.prefilter.staysWithinLine, "\(rule.id) crosses lines")
      if pattern.prefilter.requiredLiterals == nil { withoutLiterals.append(rule.id) }
    }
    XCTAssertEqual(withoutLiterals, [])
  }
}
