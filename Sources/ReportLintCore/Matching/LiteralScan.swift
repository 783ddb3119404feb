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
    // Every rule's literals sorted by their bytes (then by rule and place, the order of a
    // pattern's subscribers): equal literals lie together and become one pattern, and the
    // patterns come in the order the automaton's trie reads them. A dictionary from literal to
    // pattern hashed each literal's String (normalizing it) and the trie sorted them again.
    // Each beside its first eight bytes as one number (`LiteralMatcher.leadingBytes`), which
    // decides most comparisons in one: comparing the bytes took 2.0 of the 65 million
    // instructions a start took.
    var entries: [(leading: UInt64, bytes: [UInt8], subscriber: (rule: Int, literal: Int))] = []
    entries.reserveCapacity(literalsByRule.reduce(0) { $0 + $1.count })
    for (ruleIndex, ruleLiterals) in literalsByRule.enumerated() {
      for (literalIndex, literal) in ruleLiterals.enumerated() where !literal.isEmpty {
        let bytes = Array(literal.utf8)
        entries.append((LiteralMatcher.leadingBytes(bytes), bytes, (ruleIndex, literalIndex)))
      }
    }
    entries.sort { left, right in
      if left.leading != right.leading { return left.leading < right.leading }
      let order = LiteralMatcher.byteOrder(left.bytes, right.bytes)
      if order != 0 { return order < 0 }
      return (left.subscriber.rule, left.subscriber.literal) < (right.subscriber.rule, right.subscriber.literal)
    }
    var patterns: [[UInt8]] = []
    var starts: [Int] = []
    for (index, entry) in entries.enumerated() where patterns.last != entry.bytes {
      patterns.append(entry.bytes)
      starts.append(index)
    }
    starts.append(entries.count)
    matcher = LiteralMatcher(byteLists: patterns, columnPerByte: true)
    subscribers = entries.map { $0.subscriber }
    subscriberStarts = starts
    ruleCount = literalsByRule.count
  }

  /// Every occurrence of each rule's literals in `text`, overlapping ones included, in order of
  /// their end: `hits(forRule:)` gives a rule's (in the order given to `init`), with
  /// `Hit.pattern` indexing the rule's own `literals`; `runInHits` those of the run-in literals.
  public func hitsByRule(in text: [UInt8]) -> ScannedHits {
    // The automaton's hits first, then each rule's copies of them placed in one array, rule by
    // rule: a few allocations a document instead of one growing array per rule. The hits go
    // into room for one every 16 bytes (the bench corpus has one in 150) through a pointer, and
    // only past that into an array: an array appended to from the hit callback was checked for
    // uniqueness and room at every hit.
    let room = text.count / 16 + 16
    let found = UnsafeMutablePointer<(range: ByteRange, pattern: Int)>.allocate(capacity: room)
    defer { found.deallocate() }
    var foundCount = 0
    var overflow: [(range: ByteRange, pattern: Int)] = []
    var counts = [Int](filledWith: 0, count: ruleCount + 1)
    // The counts and the placed hits through buffer pointers: an array captured by the hit
    // callback was checked for uniqueness at every count (200,000 times for 10 MB).
    counts.withUnsafeMutableBufferPointer { counts in
      subscribers.withUnsafeBufferPointer { subscribers in
        subscriberStarts.withUnsafeBufferPointer { starts in
          text.withUnsafeBufferPointer { buffer in
            matcher.forEachHit(in: buffer) { range, pattern in
              if foundCount < room {
                (found + foundCount).initialize(to: (range, pattern))
                foundCount += 1
              } else {
                overflow.append((range, pattern))
              }
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
    var hits = [LiteralMatcher.Hit](filledWith: LiteralMatcher.Hit(range: 0..<0, pattern: 0), count: total)
    hits.withUnsafeMutableBufferPointer { hits in
      next.withUnsafeMutableBufferPointer { next in
        subscribers.withUnsafeBufferPointer { subscribers in
          subscriberStarts.withUnsafeBufferPointer { starts in
            func place(_ range: ByteRange, _ pattern: Int) {
              for subscriber in subscribers[starts[pattern]..<starts[pattern + 1]] {
                hits[next[subscriber.rule]] = LiteralMatcher.Hit(range: range, pattern: subscriber.literal)
                next[subscriber.rule] += 1
              }
            }
            for (range, pattern) in UnsafeBufferPointer(start: found, count: foundCount) { place(range, pattern) }
            for (range, pattern) in overflow { place(range, pattern) }
          }
        }
      }
    }
    return ScannedHits(hits: hits, starts: counts)
  }
}
