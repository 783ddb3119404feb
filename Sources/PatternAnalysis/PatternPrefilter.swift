/// What a rule's PCRE2 pattern needs of its subject, read from the pattern's text: literals of
/// which every match contains at least one, and whether a match can reach past a line feed.
///
/// The linter finds every rule's literals in one automaton pass over a document; a pattern then
/// runs only on documents — and, when it stays within a line, only on the lines — that hold one
/// of its literals. ripgrep, gitleaks and Hyperscan prefilter the same way. The analysis is
/// conservative: syntax it does not understand gives `.unknown`, and the pattern runs everywhere.
public struct PatternPrefilter: Sendable, Equatable {
  /// Every match contains at least one of these (as a substring of the matched text); nil when
  /// the analysis cannot name such literals.
  public var requiredLiterals: [String]?
  /// The literals hold only for matches that do not reach the end of the text: `[ \t]+$` needs
  /// a blank before "\n" or "\r" (" \n", "\t\r", …), except on the text's last line, where `$`
  /// also matches with no line end after it. A search by lines then adds the last line.
  public var literalsMissAtEnd: Bool
  /// Every match holding a literal starts at most this many bytes before that literal's
  /// occurrence starts (`(?<!所)(做|干)的` starts at it: 0); nil when unbounded (`[0-9]+千`). A search
  /// of a line then starts that far before the line's first occurrence, not at the line's start.
  public var matchStartReach: Int?
  /// Every match holding a literal starts at or before that literal's occurrence (none lies in a
  /// lookbehind), so no match starts after a line's last occurrence: the search stops there.
  public var literalsInMatch: Bool

  /// Every match starts where one of `requiredLiterals` occurs: the first bytes it takes are
  /// that literal. A search may then try the literals' occurrences alone instead of every offset.
  public var matchesStartAtLiterals: Bool

  /// When matches start at literals, a pattern of one character (a class, an escape, a
  /// character) that the character before every match matches: that of a positive lookbehind at
  /// the start, as `[\p{Han}，]` in `(?<=[\p{Han}，])\x{3000}+`. A literal after a character that
  /// does not match it starts no match. (A negative lookbehind's character is not kept: it rules
  /// out the few characters it names, which seldom stand before a literal, and the 7 built-in ones
  /// would have spared 100 of 3,000 attempts on the 10 MB corpus, less than their tables cost.)
  public var characterBefore: String?

  /// The most UTF-8 bytes a match takes (lookarounds take none); nil when unbounded or unknown.
  public var maxMatchLength: Int?

  /// No match, and nothing a lookahead examines, contains a line feed, so searching each line
  /// (the subject still starting at the document's start, for lookbehinds) finds exactly the
  /// matches a search of the whole document finds.
  public var staysWithinLine: Bool

  public init(
    requiredLiterals: [String]?, staysWithinLine: Bool, literalsMissAtEnd: Bool = false, matchStartReach: Int? = nil,
    literalsInMatch: Bool = false, matchesStartAtLiterals: Bool = false, characterBefore: String? = nil,
    maxMatchLength: Int? = nil
  ) {
    self.characterBefore = characterBefore
    self.maxMatchLength = maxMatchLength
    self.literalsInMatch = literalsInMatch
    self.matchesStartAtLiterals = matchesStartAtLiterals
    self.requiredLiterals = requiredLiterals
    self.staysWithinLine = staysWithinLine
    self.literalsMissAtEnd = literalsMissAtEnd
    self.matchStartReach = matchStartReach
  }

  /// Whether a text holding none of the literals holds no match: they are known, and a match at
  /// the text's end cannot lack them.
  public var noMatchWithoutLiterals: Bool { requiredLiterals != nil && !literalsMissAtEnd }

  /// Nothing known: run the pattern over every whole document.
  public static let unknown = PatternPrefilter(requiredLiterals: nil, staysWithinLine: false)

  /// Analyses a pattern compiled the way rule patterns are (UTF, UCP, multiline, no other
  /// options).
  public init(pattern: String) {
    var analyzer = PatternAnalyzer(pattern)
    self = analyzer.prefilter()
  }
}
