/// One literal automaton for every rule's `literals`, so a document is scanned once for all of
/// them (word lists, bracket marks and pattern prefilter literals alike) instead of once a rule.
public struct LiteralScan: Sendable {
  private let matcher: LiteralMatcher
  /// Automaton pattern p → the (rule, literal index within that rule) pairs that asked for it,
  /// `subscribers[subscriberStarts[p]..<subscriberStarts[p + 1]]`: rules share a literal (“，”,
  /// “《”) and each gets its own copy of the hit. One flat array: an array per pattern was
  /// retained and released at every hit, a fiftieth of a run.
  private let subscribers: [(rule: Int, literal: Int)]
  private let subscriberStarts: [Int]
  /// The rules and, after them, the run-in literals as one more subscriber (see `ScannedHits`).
  private let ruleCount: Int

  /// The run-in literals are scanned for as if for one more rule after `rules`: the document's
  /// structure is built once, by whichever rule asks first, so one copy of their hits serves
  /// every rule (each of the nine numbering rules taking its own copy cost 3 million
  /// instructions on the 10 MB corpus, for a 20 million saving).
  public init(rules: [any Rule]) {
    let literalsByRule = rules.map(\.literals) + [MarkerScanner.runInLiterals]
    var index: [String: Int] = [:]
    // Sized once: growing it rehashed every literal twelve times over (2.5 of the 14.5 million
    // instructions this took for the built-in packs).
    index.reserveCapacity(literalsByRule.reduce(0) { $0 + $1.count })
    var literals: [String] = []
    var byPattern: [[(rule: Int, literal: Int)]] = []
    for (ruleIndex, ruleLiterals) in literalsByRule.enumerated() {
      for (literalIndex, literal) in ruleLiterals.enumerated() where !literal.isEmpty {
        // One look-up a literal (hashing a String is most of this loop's cost): a new literal
        // gets the next number through the default value.
        let global = Self.number(&index[literal, default: literals.count])
        if global == literals.count {
          literals.append(literal)
          byPattern.append([])
        }
        byPattern[global].append((ruleIndex, literalIndex))
      }
    }
    matcher = LiteralMatcher(patterns: literals)
    subscribers = byPattern.flatMap { $0 }
    var starts = [0]
    for list in byPattern { starts.append(starts[starts.count - 1] + list.count) }
    subscriberStarts = starts
    ruleCount = literalsByRule.count
  }

  /// The value of a dictionary entry reached through `subscript(_:default:)`, which inserts the
  /// default in the same look-up.
  private static func number(_ entry: inout Int) -> Int { entry }

  /// Every occurrence of each rule's literals in `text`, overlapping ones included, in order of
  /// their end: `hits(forRule:)` gives a rule's (in the order given to `init`), with
  /// `Hit.pattern` indexing the rule's own `literals`; `runInHits` those of the run-in literals.
  public func hitsByRule(in text: [UInt8]) -> ScannedHits {
    // The automaton's hits first, then each rule's copies of them placed in one array, rule by
    // rule: three allocations a document instead of one growing array per rule.
    var found: [(range: ByteRange, pattern: Int)] = []
    found.reserveCapacity(text.count / 64 + 16)  // the bench corpus has a hit every 150 bytes
    var counts = [Int](repeating: 0, count: ruleCount + 1)
    // The counts and the placed hits through buffer pointers: an array captured by the hit
    // callback was checked for uniqueness at every count (200,000 times for 10 MB).
    counts.withUnsafeMutableBufferPointer { counts in
      subscribers.withUnsafeBufferPointer { subscribers in
        subscriberStarts.withUnsafeBufferPointer { starts in
          text.withUnsafeBufferPointer { buffer in
            matcher.forEachHit(in: buffer) { range, pattern in
              found.append((range, pattern))
              for subscriber in subscribers[starts[pattern]..<starts[pattern + 1]] { counts[subscriber.rule + 1] += 1 }
            }
          }
        }
      }
      for rule in 0..<ruleCount { counts[rule + 1] += counts[rule] }
    }
    var next = counts
    let total = counts[ruleCount]
    // Every place below `total` is written once: each rule's run of places is filled in order.
    let hits = [LiteralMatcher.Hit](unsafeUninitializedCapacity: total) { hits, initialized in
      next.withUnsafeMutableBufferPointer { next in
        subscribers.withUnsafeBufferPointer { subscribers in
          subscriberStarts.withUnsafeBufferPointer { starts in
            for (range, pattern) in found {
              for subscriber in subscribers[starts[pattern]..<starts[pattern + 1]] {
                (hits.baseAddress! + next[subscriber.rule]).initialize(
                  to: LiteralMatcher.Hit(range: range, pattern: subscriber.literal))
                next[subscriber.rule] += 1
              }
            }
          }
        }
      }
      initialized = total
    }
    return ScannedHits(hits: hits, starts: counts)
  }
}
