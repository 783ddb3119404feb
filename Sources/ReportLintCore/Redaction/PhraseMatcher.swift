/// Finds the phrases of one or more word lists in a `ScalarText` in one scan: a `LiteralMatcher`
/// (Aho-Corasick over the UTF-8 bytes, one table step a byte) over every list's phrases, its hits
/// handed back per list in scalar indices. The redaction lexicon's six lists are one matcher, so a
/// document is scanned once for all of them (`RedactionAnalysis`).
///
/// One automaton for the six lists has 35,000 states and so a 32-bit table (13 MB, and 28 MB more
/// peak memory while it is built); split into two 16-bit ones, the lists took 75 ms longer to scan
/// for in the 10 MB bench corpus: each scan's time is its table reads, one a byte.
///
/// A dictionary from first character to phrases, looked up at every character, was a quarter of
/// the redacted profile's time (hashing a scalar per character). Matching stays scalar for scalar,
/// as it was: String comparison's canonical equivalence is `WordTable`'s business.
struct PhraseMatcher: Sendable {
  struct Hit: Sendable, Hashable {
    /// Scalar indices.
    var range: Range<Int>
    /// Index of the phrase in its list.
    var phrase: Int
  }

  /// The lists given to `init`.
  let lists: [[String]]
  private let matcher: LiteralMatcher
  /// The (list, phrase) pairs each of `matcher`'s patterns stands for, in list order: a phrase
  /// listed twice is one pattern and two hits.
  private let phrasesOfPattern: [[(list: Int, phrase: Int)]]
  private let scalarCounts: [Int]

  init(lists: [[String]]) {
    self.lists = lists
    // Keyed by bytes, not String: canonically equivalent phrases with other scalars stay apart.
    var patternOfBytes: [[UInt8]: Int] = [:]
    var patterns: [String] = []
    var phrasesOfPattern: [[(list: Int, phrase: Int)]] = []
    for (list, phrases) in lists.enumerated() {
      for (index, phrase) in phrases.enumerated() where !phrase.isEmpty {
        let bytes = Array(phrase.utf8)
        if let pattern = patternOfBytes[bytes] {
          phrasesOfPattern[pattern].append((list, index))
        } else {
          patternOfBytes[bytes] = patterns.count
          patterns.append(phrase)
          phrasesOfPattern.append([(list, index)])
        }
      }
    }
    matcher = LiteralMatcher(patterns: patterns)
    self.phrasesOfPattern = phrasesOfPattern
    scalarCounts = patterns.map(\.unicodeScalars.count)
  }

  /// A matcher of one list.
  init(_ phrases: [String]) {
    self.init(lists: [phrases])
  }

  /// Every occurrence of every phrase, overlapping ones included, one array per list, each in
  /// text order: by start, the longest first, then in list order.
  func hitsByList(in text: ScalarText) -> [[Hit]] {
    var hits = [[Hit]](repeating: [], count: lists.count)
    guard !phrasesOfPattern.isEmpty else { return hits }
    text.utf8.withUnsafeBufferPointer { bytes in
      matcher.forEachHit(in: bytes) { range, pattern in
        let end = text.index(ofByte: range.upperBound)
        let scalars = (end - scalarCounts[pattern])..<end
        for (list, phrase) in phrasesOfPattern[pattern] { hits[list].append(Hit(range: scalars, phrase: phrase)) }
      }
    }
    for list in hits.indices {
      hits[list].sort { ($0.range.lowerBound, -$0.range.count, $0.phrase) < ($1.range.lowerBound, -$1.range.count, $1.phrase) }
    }
    return hits
  }

  /// The hits of a matcher of one list (`hitsByList` for several).
  func allHits(in text: ScalarText) -> [Hit] {
    hitsByList(in: text)[0]
  }

  /// Non-overlapping occurrences among `hits` (in text order): the leftmost, then the longest.
  static func leftmostLongest(_ hits: [Hit]) -> [Hit] {
    LiteralMatcher.nonOverlapping(hits, range: \.range)
  }
}
