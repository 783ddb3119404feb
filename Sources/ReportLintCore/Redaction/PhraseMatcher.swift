/// Finds the phrases of a word list in a `ScalarText`, by a table from first character to the
/// phrases that start with it (longest first).
///
/// Used instead of `LiteralMatcher` for the redaction lists: a dense Aho-Corasick table costs 1 KB
/// per state, tens of megabytes for 3 000 set phrases; reports are short, and a look-up per
/// character is fast enough.
struct PhraseMatcher: Sendable {
  struct Hit: Sendable, Hashable {
    /// Scalar indices.
    var range: Range<Int>
    /// Index of the phrase in the list given to `init`.
    var phrase: Int
  }

  private let byFirst: [Unicode.Scalar: [(scalars: [Unicode.Scalar], index: Int)]]
  let phrases: [String]

  init(_ phrases: [String]) {
    self.phrases = phrases
    var table: [Unicode.Scalar: [(scalars: [Unicode.Scalar], index: Int)]] = [:]
    for (index, phrase) in phrases.enumerated() {
      let scalars = Array(phrase.unicodeScalars)
      guard let first = scalars.first else { continue }
      table[first, default: []].append((scalars, index))
    }
    byFirst = table.mapValues { $0.sorted { $0.scalars.count > $1.scalars.count } }
  }

  /// The phrases starting at `index`, longest first.
  func hits(at index: Int, in text: ScalarText) -> [Hit] {
    guard let first = text.scalar(at: index), let candidates = byFirst[first] else { return [] }
    return candidates.compactMap { candidate in
      let end = index + candidate.scalars.count
      guard end <= text.count, text.scalars[index..<end].elementsEqual(candidate.scalars) else { return nil }
      return Hit(range: index..<end, phrase: candidate.index)
    }
  }

  /// Every occurrence of every phrase, overlapping ones included.
  func allHits(in text: ScalarText) -> [Hit] {
    (0..<text.count).flatMap { hits(at: $0, in: text) }
  }

  /// Non-overlapping occurrences: the leftmost, then the longest.
  func leftmostLongestHits(in text: ScalarText) -> [Hit] {
    var chosen: [Hit] = []
    var index = 0
    while index < text.count {
      if let hit = hits(at: index, in: text).first {
        chosen.append(hit)
        index = hit.range.upperBound
      } else {
        index += 1
      }
    }
    return chosen
  }
}
