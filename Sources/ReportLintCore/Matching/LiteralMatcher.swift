/// Finds many literal strings at once in UTF-8 bytes with an Aho-Corasick automaton, compiled to
/// a dense transition table so the scan does one table look-up per byte. The scan is bound by how
/// fast that look-up comes back, so the table is kept small: bytes that occur in no pattern share
/// one class (a row has about 110 columns for every rule's literals together, not 256), entries
/// are 16-bit when the states allow, and states are numbered breadth first, so the shallow states
/// where a scan of Chinese prose spends nearly all its time share the top of the table and stay
/// in the level-2 cache (the whole table, 8,700 states for the built-in packs, would not).
///
/// Because every pattern is whole UTF-8 characters, a match can only start on a character boundary.
public struct LiteralMatcher: Sendable {
  public struct Hit: Sendable, Hashable {
    public var range: ByteRange
    public var pattern: Int
  }

  /// Pattern bytes, by index.
  public let patterns: [[UInt8]]
  private let patternLengths: [Int]
  /// Row-major transition table, `state * classCount + class`: 16-bit entries when there are at
  /// most 32,768 states, else 32-bit; one of the two is empty. An entry's top bit says that a
  /// pattern ends at the state it leads to, so the common step reads one entry and tests it.
  private let narrowTransitions: [UInt16]
  private let wideTransitions: [UInt32]
  /// The longest pattern's length: no lane is shorter than this (a lane's last match may end in
  /// the next lane, but not beyond it).
  private let longestPattern: Int
  /// Each state's depth: how many bytes back the match in progress there began.
  private let depth: [Int32]
  /// Byte → column of the transition table; 0 for bytes that occur in no pattern.
  private let byteClass: [UInt8]
  private let classCount: Int
  /// The longest pattern ending at each state, or -1.
  private let terminal: [Int32]
  /// The next state down the failure chain that ends a pattern, or -1.
  private let outputLink: [Int32]
  /// The first state to report from when the scan reaches a state: itself when it ends a
  /// pattern, else its output link; -1 when nothing ends there (the common case, one test).
  private let reportFrom: [Int32]

  public init(patterns: [String]) {
    let byteLists = patterns.map { Array($0.utf8) }
    self.patterns = byteLists
    // A closure, not `\.count`: a key path here costs a runtime look-up a pattern.
    let patternLengths = byteLists.map { $0.count }
    self.patternLengths = patternLengths
    longestPattern = patternLengths.max() ?? 0
    var byteClass = [UInt8](repeating: 0, count: 256)
    for bytes in byteLists { for byte in bytes { byteClass[Int(byte)] = 1 } }
    var classCount = 1
    for byte in 0..<256 where byteClass[byte] != 0 {
      byteClass[byte] = UInt8(classCount)
      classCount += 1
    }
    let trie = Self.trie(byteLists, byteClass: byteClass)
    let count = trie.terminal.count
    let outputLink: [Int32]
    if count <= 0x8000 {
      (narrowTransitions, outputLink) = Self.transitions(trie, columns: classCount)
      wideTransitions = []
    } else {
      (wideTransitions, outputLink) = Self.transitions(trie, columns: classCount)
      narrowTransitions = []
    }
    self.byteClass = byteClass
    self.classCount = classCount
    terminal = trie.terminal
    self.outputLink = outputLink
    reportFrom = (0..<count).map { trie.terminal[$0] >= 0 ? Int32($0) : outputLink[$0] }
    // Breadth first, a parent comes before its children.
    var depth = [Int32](repeating: 0, count: count)
    for state in 1..<max(count, 1) { depth[state] = depth[Int(trie.parent[state])] + 1 }
    self.depth = depth
  }

  /// The trie's states (the patterns' distinct prefixes, the root first) in breadth-first order
  /// with children in column order: each state's parent and the column that leads to it from
  /// there, and the pattern that ends at it (the first given, when patterns repeat), or -1.
  private typealias Trie = (parent: [Int32], column: [Int32], terminal: [Int32])

  /// Breadth first with children in byte order is shortlex order (shorter prefixes first, then
  /// byte-wise), so the trie is numbered level by level from the patterns sorted byte-wise, with
  /// no per-state rows: at each depth a new state starts wherever a pattern's parent or byte
  /// differs from the previous pattern's, since patterns sharing a prefix are adjacent.
  private static func trie(_ byteLists: [[UInt8]], byteClass: [UInt8]) -> Trie {
    var live = byteLists.indices.filter { !byteLists[$0].isEmpty }.sorted {
      byteLists[$0].lexicographicallyPrecedes(byteLists[$1])
        || (byteLists[$0] == byteLists[$1] && $0 < $1)
    }
    var trie: Trie = ([0], [0], [-1])
    // Each live pattern's state at the current depth.
    var states = [Int32](repeating: 0, count: live.count)
    var depth = 0
    while !live.isEmpty {
      var stillLive: [Int] = []
      var stillStates: [Int32] = []
      var previous: (parent: Int32, column: Int32) = (-1, -1)
      for (pattern, parent) in zip(live, states) {
        let bytes = byteLists[pattern]
        let column = Int32(byteClass[Int(bytes[depth])])
        if (parent, column) != previous {
          trie.parent.append(parent)
          trie.column.append(column)
          trie.terminal.append(-1)
          previous = (parent, column)
        }
        let state = trie.terminal.count - 1
        if bytes.count == depth + 1 {
          // Equal patterns sort by index, so the first given claims the state.
          if trie.terminal[state] < 0 { trie.terminal[state] = Int32(pattern) }
        } else {
          stillLive.append(pattern)
          stillStates.append(Int32(state))
        }
      }
      live = stillLive
      states = stillStates
      depth += 1
    }
    return trie
  }

  /// The Aho-Corasick transition table in its final entry width, written once, and each state's
  /// output link. Rows are completed in breadth-first order: a state's row is its failure state's
  /// row (shallower, so already complete) with its own children written over it, and a child's
  /// failure state is its parent's failure state's step on the child's column. A state's
  /// children are numbered consecutively, and parents in order, so one sweep finds them.
  private static func transitions<Entry: FixedWidthInteger & UnsignedInteger>(
    _ trie: Trie, columns: Int
  ) -> ([Entry], outputLink: [Int32]) {
    let count = trie.terminal.count
    let flag = Entry(1) << (Entry.bitWidth - 1)
    var failure = [Int32](repeating: 0, count: count)
    var outputLink = [Int32](repeating: -1, count: count)
    let table = [Entry](unsafeUninitializedCapacity: count * columns) { table, initialized in
      let base = table.baseAddress!
      base.initialize(repeating: 0, count: columns)
      var child = 1
      for state in 0..<count {
        let row = state * columns
        let fail = Int(failure[state])
        if state > 0 { (base + row).initialize(from: base + fail * columns, count: columns) }
        while child < count, trie.parent[child] == state {
          let column = Int(trie.column[child])
          let childFail = state == 0 ? 0 : Int(table[fail * columns + column] & ~flag)
          failure[child] = Int32(childFail)
          outputLink[child] = trie.terminal[childFail] >= 0 ? Int32(childFail) : outputLink[childFail]
          let reports = trie.terminal[child] >= 0 || outputLink[child] >= 0
          table[row + column] = Entry(child) | (reports ? flag : 0)
          child += 1
        }
      }
      initialized = count * columns
    }
    return (table, outputLink)
  }

  /// Every occurrence of every pattern, overlapping ones included, in order of their end.
  public func allHits(in text: UnsafeBufferPointer<UInt8>) -> [Hit] {
    var hits: [Hit] = []
    forEachHit(in: text) { range, pattern in hits.append(Hit(range: range, pattern: pattern)) }
    return hits
  }

  /// Calls `body` with every occurrence of every pattern (its byte range and pattern index),
  /// overlapping ones included, in order of their end. The loop reads one table entry a byte and
  /// tests its flag bit; everything else happens only where a pattern ends.
  @inline(__always)
  public func forEachHit(in text: UnsafeBufferPointer<UInt8>, _ body: (ByteRange, Int) -> Void) {
    if wideTransitions.isEmpty {
      narrowTransitions.withUnsafeBufferPointer { scan(text, table: $0, body) }
    } else {
      wideTransitions.withUnsafeBufferPointer { scan(text, table: $0, body) }
    }
  }

  /// Lanes scanned side by side. Each byte's step waits on a table read that often misses the
  /// level-1 cache; eight independent lanes (eighths of the text) keep eight reads in flight.
  /// Eight against four: the 40 MB bench 4% faster on one core (the scan about a quarter); the
  /// states still fit in registers. The lanes' loop in `scan` is written out for eight.
  static let laneCount = 8
  /// Below this, one lane: the split would cost more than it saves.
  static let laneMinimum = 1024

  @inline(__always)
  private func scan<Entry: FixedWidthInteger>(
    _ text: UnsafeBufferPointer<UInt8>, table: UnsafeBufferPointer<Entry>, _ body: (ByteRange, Int) -> Void
  ) {
    let columns = classCount
    let flag = Entry(1) << (Entry.bitWidth - 1)
    byteClass.withUnsafeBufferPointer { classes in
      /// Every pattern that ends at `index`, reached at `state` (whose entry had the flag), that
      /// starts before `boundary`. The patterns come longest first, so the first that starts at
      /// or after it ends the list.
      func report(_ index: Int, _ state: Int, startingBefore boundary: Int = .max) {
        var output = Int(reportFrom[state])
        while output >= 0 {
          let pattern = Int(terminal[output])
          let start = index + 1 - patternLengths[pattern]
          guard start < boundary else { return }
          body(start..<(index + 1), pattern)
          output = Int(outputLink[output])
        }
      }
      /// Steps `state` over the byte at `index`; whether a pattern ends there.
      func step(_ state: inout Int, _ index: Int) -> Bool {
        let entry = table[state &* columns &+ Int(classes[Int(text[index])])]
        state = Int(entry & ~flag)
        return entry & flag != 0
      }
      /// Steps `state` over `range`, reporting what ends there.
      func steps(_ state: inout Int, _ range: Range<Int>) {
        for index in range where step(&state, index) { report(index, state) }
      }
      guard text.count >= Self.laneMinimum, text.count / Self.laneCount > longestPattern else {
        var state = 0
        steps(&state, 0..<text.count)
        return
      }
      // Lane k covers [k·n/8, (k+1)·n/8) and starts in the root state, so it finds the matches
      // that start in it. A match that starts in lane k and ends in the next is found by lane k
      // stepping on past its end for as long as the match in progress there began in lane k:
      // a few bytes, where finding each lane's state at its start by stepping over the longest
      // pattern's length before it cost seven times that length a file, one read at a time.
      precondition(Self.laneCount == 8, "the lanes' loop below is written out for eight lanes")
      let width = text.count / Self.laneCount
      // The lanes' loop holds only the states, the bases and the counter, so the states stay in
      // registers (with the reporting inline they were spilled: a store and a load on every
      // step's critical path). Where any entry has the flag, the entries are noted in `ends`
      // out of line (a sliver of the steps), and reported after the loop in text order.
      var ends = LaneEnds(width: width)
      let base = table.baseAddress!
      let classBase = classes.baseAddress!
      let lane0 = text.baseAddress!
      let (lane1, lane2, lane3) = (lane0 + width, lane0 + 2 * width, lane0 + 3 * width)
      let (lane4, lane5, lane6, lane7) = (lane0 + 4 * width, lane0 + 5 * width, lane0 + 6 * width, lane0 + 7 * width)
      var (state0, state1, state2, state3) = (0, 0, 0, 0)
      var (state4, state5, state6, state7) = (0, 0, 0, 0)
      var offset = 0
      while offset < width {
        let entry0 = base[state0 &* columns &+ Int(classBase[Int(lane0[offset])])]
        let entry1 = base[state1 &* columns &+ Int(classBase[Int(lane1[offset])])]
        let entry2 = base[state2 &* columns &+ Int(classBase[Int(lane2[offset])])]
        let entry3 = base[state3 &* columns &+ Int(classBase[Int(lane3[offset])])]
        let entry4 = base[state4 &* columns &+ Int(classBase[Int(lane4[offset])])]
        let entry5 = base[state5 &* columns &+ Int(classBase[Int(lane5[offset])])]
        let entry6 = base[state6 &* columns &+ Int(classBase[Int(lane6[offset])])]
        let entry7 = base[state7 &* columns &+ Int(classBase[Int(lane7[offset])])]
        state0 = Int(entry0 & ~flag)
        state1 = Int(entry1 & ~flag)
        state2 = Int(entry2 & ~flag)
        state3 = Int(entry3 & ~flag)
        state4 = Int(entry4 & ~flag)
        state5 = Int(entry5 & ~flag)
        state6 = Int(entry6 & ~flag)
        state7 = Int(entry7 & ~flag)
        if (entry0 | entry1 | entry2 | entry3 | entry4 | entry5 | entry6 | entry7) & flag != 0 {
          ends.note(
            at: offset, width: width, flag: UInt32(flag),
            entries: (
              UInt32(entry0), UInt32(entry1), UInt32(entry2), UInt32(entry3), UInt32(entry4), UInt32(entry5),
              UInt32(entry6), UInt32(entry7)
            ))
        }
        offset &+= 1
      }
      let finalStates = (state0, state1, state2, state3, state4, state5, state6)
      for lane in 0..<Self.laneCount {
        // The previous lane's matches that end in this one, merged by end: at one end, they are
        // the longer (they start earlier), so they come first, as one lane would report them.
        var carried: [(index: Int, state: Int)] = []
        let boundary = lane * width
        if lane > 0 {
          var state = withUnsafeBytes(of: finalStates) { $0.load(fromByteOffset: (lane - 1) * MemoryLayout<Int>.stride, as: Int.self) }
          var index = boundary
          while Int(depth[state]) > index - boundary {
            if step(&state, index) { carried.append((index, state)) }
            index += 1
          }
        }
        var next = 0
        for (index, state) in ends.list where index >= boundary && index < boundary + width {
          while next < carried.count, carried[next].index <= index {
            report(carried[next].index, carried[next].state, startingBefore: boundary)
            next += 1
          }
          report(index, state)
        }
        for (index, state) in carried[next...] { report(index, state, startingBefore: boundary) }
      }
      var last = state7
      steps(&last, (Self.laneCount * width)..<text.count)
    }
  }

  /// Where the lanes reached a state that ends a pattern: (text offset, state), in the order the
  /// lanes' loop met them (by offset into the lanes, then lane). One list, which the reporting
  /// reads once per lane for that lane's ends (a few dozen a lane): a list per lane was eight
  /// allocations a file.
  private struct LaneEnds {
    var list: [(Int, Int)] = []

    /// Room for a pattern end every 32 bytes (the bench corpus has one in 150), so the list
    /// seldom grows: growing it was a hundredth of a run.
    init(width: Int) {
      list.reserveCapacity(LiteralMatcher.laneCount * (width / 32 + 8))
    }

    /// The lanes' entries at `offset` into each lane, one or more with `flag`. Kept out of the
    /// lanes' loop, so its registers hold only what every step needs.
    @inline(never)
    mutating func note(
      at offset: Int, width: Int, flag: UInt32,
      entries: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32)
    ) {
      withUnsafeBytes(of: entries) { raw in
        for (lane, entry) in raw.bindMemory(to: UInt32.self).enumerated() where entry & flag != 0 {
          list.append((lane * width + offset, Int(entry & ~flag)))
        }
      }
    }
  }

  /// The leftmost-longest non-overlapping selection from `hits` (any order).
  public static func leftmostLongest(_ hits: some Collection<Hit>) -> [Hit] {
    nonOverlapping(
      hits.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) },
      range: \.range)
  }

  /// Walks `hits` in order, keeping each that starts at or after the end of the last one kept:
  /// with hits sorted leftmost then longest first, the leftmost-longest selection.
  static func nonOverlapping<Found>(_ hits: [Found], range: (Found) -> Range<Int>) -> [Found] {
    var chosen: [Found] = []
    var end = 0
    for hit in hits where range(hit).lowerBound >= end {
      chosen.append(hit)
      end = range(hit).upperBound
    }
    return chosen
  }
}
