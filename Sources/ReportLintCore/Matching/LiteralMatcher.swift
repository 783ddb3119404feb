import Foundation

/// Finds many literal strings at once in UTF-8 bytes with an Aho-Corasick automaton, compiled to
/// a dense transition table so the scan does one table look-up per byte. The scan is bound by
/// those look-ups: each step reads the entry at its row and the byte, and the entry is the next
/// row (`TransitionTable`). With at most 32,768 states (10,300 for the built-in packs) entries are
/// 16-bit, else 32-bit. The shared scan's table has a column for every byte; other tables let
/// bytes that occur in no pattern share one column (a byte-to-column look-up a step), which
/// keeps the redaction lexicon's 35,000 states in 13 MB instead of 36. States are numbered
/// breadth first, so the shallow states where a scan of Chinese prose spends nearly all its time
/// share the top of the table and stay in the caches.
///
/// Because every pattern is whole UTF-8 characters, a match can only start on a character boundary.
public struct LiteralMatcher: Sendable {
  public struct Hit: Sendable, Hashable {
    public var range: ByteRange
    public var pattern: Int
  }

  /// The transition table. An entry is the next state's row: states that end no pattern have
  /// rows from 0 on, the others from `reportingBit` on, so the entry also says whether to
  /// report, and the common step reads one entry and goes on.
  private let transitions: Transitions
  /// The smallest power of two not below the number of states: the rows of states that end a
  /// pattern start here.
  private let reportingBit: Int
  /// The longest pattern's length: no lane is shorter than this (a lane's last match may end in
  /// the next lane, but not beyond it).
  private let longestPattern: Int
  /// The state each row stands for, and each state's depth: how many bytes back the match in
  /// progress there began. Two arrays, read only at the lanes' boundaries: one depth a row, made
  /// from them, took 0.35 of the 59 million instructions a start takes.
  private let stateOfRow: [Int32]
  private let depth: [Int32]
  /// What a reporting row reports, longest first: the patterns ending at its state, down its
  /// failure chain, are `endings[endingStarts[r]..<endingStarts[r + 1]]` for row
  /// `reportingBit + r`. Laid out ahead, a pattern end costs a read or two in one place, where
  /// following the chain at every end read the row's state, its first reporting state, that
  /// state's pattern, the pattern's length and the next link, each from an array of its own.
  private let endingStarts: [Int32]
  private let endings: [(pattern: Int32, length: Int32)]

  public init(patterns: [String]) {
    self.init(byteLists: patterns.map { Array($0.utf8) })
  }

  /// The forms of the transition table: 16-bit entries when there are at most 32,768 states,
  /// else 32-bit; a column for every byte, or columns shared by bytes: `columnOfByte` maps a
  /// byte to its column (0 for bytes that occur in no pattern), and a row has `width` of them.
  private enum Transitions {
    case byteColumns(TransitionTable<UInt16>)
    case sharedColumns16(TransitionTable<UInt16>, columnOfByte: [UInt8], width: Int)
    case sharedColumns32(TransitionTable<UInt32>, columnOfByte: [UInt8], width: Int)
  }

  /// Patterns as UTF-8 bytes; sorted by `byteOrder`, they are read in one pass.
  /// `columnPerByte`: a 16-bit table with a column for every byte where the states allow, for
  /// the shared scan, which reads every byte of every document (no byte-to-column look-up a
  /// step); else bytes share columns, a table about a fifth the size, quicker to build for the
  /// few kilobytes a rule's own matcher reads (a run over little text built a 2.5 MB table for
  /// typos.confusables alone: one short file took 11.2 ms instead of 9.9).
  init(byteLists: [[UInt8]], columnPerByte: Bool = false) {
    // A closure, not `\.count`: a key path here costs a runtime look-up a pattern.
    let patternLengths = byteLists.map { $0.count }
    longestPattern = patternLengths.max() ?? 0
    var trie = Self.trie(byteLists)
    let count = trie.terminal.count
    let reportingBit = 1 << (Int.bitWidth - (count - 1).leadingZeroBitCount)
    self.reportingBit = reportingBit
    let outputLink: [Int32]
    if columnPerByte && count <= 0x8000 {
      let table: TransitionTable<UInt16>
      (table, outputLink, stateOfRow) = Self.transitions(trie, reportingBit: reportingBit, columns: ByteColumns())
      transitions = .byteColumns(table)
    } else {
      var columnOfByte = [UInt8](repeating: 0, count: 256)
      for bytes in byteLists { for byte in bytes { columnOfByte[Int(byte)] = 1 } }
      var columnCount = 1
      for byte in 0..<256 where columnOfByte[byte] != 0 {
        columnOfByte[byte] = UInt8(columnCount)
        columnCount += 1
      }
      // Columns numbered in byte order keep the children's order.
      trie.column = trie.column.map { Int32(columnOfByte[Int($0)]) }
      let trie = trie
      (transitions, outputLink, stateOfRow) = columnOfByte.withUnsafeBufferPointer { ofByte in
        let columns = SharedColumns(ofByte: ofByte.baseAddress!, width: columnCount)
        /// The table in entries of `Entry`, in the form `form` makes of it.
        func built<Entry>(
          _ form: (TransitionTable<Entry>, [UInt8], Int) -> Transitions
        ) -> (Transitions, [Int32], [Int32]) {
          let (table, outputLink, stateOfRow): (TransitionTable<Entry>, [Int32], [Int32]) =
            Self.transitions(trie, reportingBit: reportingBit, columns: columns)
          return (form(table, columnOfByte, columnCount), outputLink, stateOfRow)
        }
        return count <= 0x8000 ? built(Transitions.sharedColumns16) : built(Transitions.sharedColumns32)
      }
    }
    var endingStarts: [Int32] = []
    var endings: [(pattern: Int32, length: Int32)] = []
    endingStarts.reserveCapacity(stateOfRow.count - reportingBit + 1)
    for state in stateOfRow[reportingBit...] {
      endingStarts.append(Int32(endings.count))
      var output = trie.terminal[Int(state)] >= 0 ? Int(state) : Int(outputLink[Int(state)])
      while output >= 0 {
        let pattern = Int(trie.terminal[output])
        endings.append((Int32(pattern), Int32(patternLengths[pattern])))
        output = Int(outputLink[output])
      }
    }
    endingStarts.append(Int32(endings.count))
    self.endingStarts = endingStarts
    self.endings = endings
    // Breadth first, a parent comes before its children.
    var depth = [Int32](repeating: 0, count: count)
    for state in 1..<max(count, 1) { depth[state] = depth[Int(trie.parent[state])] + 1 }
    self.depth = depth
  }

  /// The trie's states (the patterns' distinct prefixes, the root first) in breadth-first order
  /// with children in byte order: each state's parent and the column that leads to it from there
  /// (made as its byte), and the pattern that ends at it (the first given, when patterns
  /// repeat), or -1.
  private typealias Trie = (parent: [Int32], column: [Int32], terminal: [Int32])

  /// Breadth first with children in byte order is shortlex order (shorter prefixes first, then
  /// byte-wise), so the trie is numbered level by level from the patterns sorted byte-wise, with
  /// no per-state rows: at each depth a new state starts wherever a pattern's parent or byte
  /// differs from the previous pattern's, since patterns sharing a prefix are adjacent.
  private static func trie(_ byteLists: [[UInt8]]) -> Trie {
    var live = byteLists.indices.filter { !byteLists[$0].isEmpty }.sorted {
      let order = byteOrder(byteLists[$0], byteLists[$1])
      return order != 0 ? order < 0 : $0 < $1
    }
    // The patterns' bytes end to end, each pattern's from `starts[p]`: reading a pattern's own
    // array at every depth retained and released it, and with the arrays grown from empty took
    // 3.3 of the 61 million instructions a start took.
    var starts = [Int](repeating: 0, count: byteLists.count + 1)
    for (index, bytes) in byteLists.enumerated() { starts[index + 1] = starts[index] + bytes.count }
    var flat: [UInt8] = []
    flat.reserveCapacity(starts[byteLists.count])
    for bytes in byteLists { flat += bytes }
    var trie: Trie = ([0], [0], [-1])
    trie.parent.reserveCapacity(flat.count + 1)
    trie.column.reserveCapacity(flat.count + 1)
    trie.terminal.reserveCapacity(flat.count + 1)
    // Each live pattern's state at the current depth.
    var states = [Int32](repeating: 0, count: live.count)
    var stillLive: [Int] = []
    var stillStates: [Int32] = []
    stillLive.reserveCapacity(live.count)
    stillStates.reserveCapacity(live.count)
    var depth = 0
    while !live.isEmpty {
      stillLive.removeAll(keepingCapacity: true)
      stillStates.removeAll(keepingCapacity: true)
      var previous: (parent: Int32, column: Int32) = (-1, -1)
      for (pattern, parent) in zip(live, states) {
        let start = starts[pattern]
        let column = Int32(flat[start + depth])
        if (parent, column) != previous {
          trie.parent.append(parent)
          trie.column.append(column)
          trie.terminal.append(-1)
          previous = (parent, column)
        }
        let state = trie.terminal.count - 1
        if starts[pattern + 1] - start == depth + 1 {
          // Equal patterns sort by index, so the first given claims the state.
          if trie.terminal[state] < 0 { trie.terminal[state] = Int32(pattern) }
        } else {
          stillLive.append(pattern)
          stillStates.append(Int32(state))
        }
      }
      swap(&live, &stillLive)
      swap(&states, &stillStates)
      depth += 1
    }
    return trie
  }

  /// The first eight bytes as one number, the first the highest, zeros after a shorter list:
  /// lists whose numbers differ are in the `byteOrder` of their numbers (equal numbers say
  /// nothing: a list may be a prefix of the other, or they differ later).
  static func leadingBytes(_ bytes: [UInt8]) -> UInt64 {
    var leading: UInt64 = 0
    for index in 0..<8 { leading = leading << 8 | UInt64(index < bytes.count ? bytes[index] : 0) }
    return leading
  }

  /// Byte-wise order, by `memcmp`, as its sign: negative when `left` comes first, zero when
  /// they are equal. `lexicographicallyPrecedes` steps through the bytes one generic comparison
  /// at a time, and sorting the built-in packs' 2,300 literals that way took 4 million
  /// instructions at every start; one three-way comparison, where the sorts asked whether one
  /// precedes and then whether the two are equal, saves a tenth of the sort (2.2M -> 2.0M).
  static func byteOrder(_ left: [UInt8], _ right: [UInt8]) -> Int {
    left.withUnsafeBytes { left in right.withUnsafeBytes { right in byteOrder(left, right) } }
  }

  static func byteOrder(_ left: UnsafeRawBufferPointer, _ right: UnsafeRawBufferPointer) -> Int {
    let shared = min(left.count, right.count)
    let order = shared == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, shared)
    return order != 0 ? Int(order) : left.count - right.count
  }

  /// The Aho-Corasick transition table in its final entry width, written once, each state's
  /// output link, and each row's state. Rows are completed in breadth-first order: a state's row
  /// is its failure state's row (shallower, so already complete) with its own children written
  /// over it, and a child's failure state is its parent's failure state's step on the child's
  /// column. A state's children are numbered consecutively, and parents in order, so one sweep
  /// finds them. A child's row is given when it is found, in breadth-first order among the states
  /// that report or among those that do not: each kind's rows lie together, with nothing between.
  private static func transitions<Entry: FixedWidthInteger & UnsignedInteger, Columns: TransitionColumns>(
    _ trie: Trie, reportingBit: Int, columns: Columns
  ) -> (TransitionTable<Entry>, outputLink: [Int32], stateOfRow: [Int32]) {
    let count = trie.terminal.count
    var failure = [Int32](repeating: 0, count: count)
    var outputLink = [Int32](repeating: -1, count: count)
    var rowOfState = [Int](repeating: 0, count: count)
    var stateOfRow = [Int32](repeating: 0, count: reportingBit + count)
    var (quietRows, reportingRows) = (1, 0)
    let table = TransitionTable<Entry>(entries: columns.rowStart(reportingBit + count))
    let base = table.entries
    base.initialize(repeating: 0, count: columns.width)
    var child = 1
    for state in 0..<count {
      let row = columns.rowStart(rowOfState[state])
      let failRow = columns.rowStart(rowOfState[Int(failure[state])])
      if state > 0 { (base + row).initialize(from: base + failRow, count: columns.width) }
      while child < count, trie.parent[child] == state {
        let column = Int(trie.column[child])
        let childFail = state == 0 ? 0 : Int(stateOfRow[Int(base[failRow + column])])
        failure[child] = Int32(childFail)
        outputLink[child] = trie.terminal[childFail] >= 0 ? Int32(childFail) : outputLink[childFail]
        let childRow: Int
        if trie.terminal[child] >= 0 || outputLink[child] >= 0 {
          childRow = reportingBit + reportingRows
          reportingRows += 1
        } else {
          childRow = quietRows
          quietRows += 1
        }
        rowOfState[child] = childRow
        stateOfRow[childRow] = Int32(child)
        base[row + column] = Entry(childRow)
        child += 1
      }
    }
    stateOfRow.removeLast(count - reportingRows)
    return (table, outputLink, stateOfRow)
  }

  /// Every occurrence of every pattern, overlapping ones included, in order of their end.
  public func allHits(in text: UnsafeBufferPointer<UInt8>) -> [Hit] {
    var hits: [Hit] = []
    forEachHit(in: text) { range, pattern in hits.append(Hit(range: range, pattern: pattern)) }
    return hits
  }

  /// Calls `body` with every occurrence of every pattern (its byte range and pattern index),
  /// overlapping ones included, in order of their end. The loop reads one table entry a byte and
  /// tests its reporting bit; everything else happens only where a pattern ends.
  @inline(__always)
  public func forEachHit(in text: UnsafeBufferPointer<UInt8>, _ body: (ByteRange, Int) -> Void) {
    switch transitions {
    case .byteColumns(let table):
      scan(text, table: table.entries, columns: ByteColumns(), body)
    case .sharedColumns16(let table, let columnOfByte, let width):
      scanWithSharedColumns(text, table: table.entries, columnOfByte: columnOfByte, width: width, body)
    case .sharedColumns32(let table, let columnOfByte, let width):
      scanWithSharedColumns(text, table: table.entries, columnOfByte: columnOfByte, width: width, body)
    }
  }

  @inline(__always)
  private func scanWithSharedColumns<Entry: FixedWidthInteger>(
    _ text: UnsafeBufferPointer<UInt8>, table: UnsafeMutablePointer<Entry>, columnOfByte: [UInt8], width: Int,
    _ body: (ByteRange, Int) -> Void
  ) {
    columnOfByte.withUnsafeBufferPointer { ofByte in
      scan(text, table: table, columns: SharedColumns(ofByte: ofByte.baseAddress!, width: width), body)
    }
  }

  /// Lanes scanned side by side. Each byte's step waits on a table read that often misses the
  /// level-1 cache; eight independent lanes (eighths of the text) keep eight reads in flight.
  /// Eight against four: the 40 MB bench 4% faster on one core (the scan about a quarter); the
  /// states still fit in registers. The lanes' loop in `scan` is written out for eight.
  static let laneCount = 8
  /// Below this, one lane: the split would cost more than it saves.
  static let laneMinimum = 1024

  /// The scan's states are rows (`TransitionTable`): a state's number, plus `reportingBit` when a
  /// pattern ends there. A step is a read at the row and the byte's column, with nothing to strip
  /// or multiply on the way to the next. For the built-in packs a column for every byte (no
  /// byte-to-column look-up) and the reporting bit in the row number instead of an entry's top
  /// bit took three of the eight instructions a lane's step was: the scan of the 40 MB bench,
  /// alone in a benchmark, went from 1.12 to 0.93 ns a byte (8 ms), and its table takes 1 ms
  /// longer to build (5 MB, not 2).
  @inline(__always)
  private func scan<Entry: FixedWidthInteger, Columns: TransitionColumns>(
    _ text: UnsafeBufferPointer<UInt8>, table: UnsafeMutablePointer<Entry>, columns: Columns,
    _ body: (ByteRange, Int) -> Void
  ) {
    let reporting = reportingBit
    /// Every pattern that ends at `index`, reached at `row` (which has the reporting bit), that
    /// starts before `boundary`. The patterns come longest first, so the first that starts at or
    /// after it ends the list.
    func report(_ index: Int, _ row: Int, startingBefore boundary: Int = .max) {
      let reportingRow = row - reporting
      for ending in Int(endingStarts[reportingRow])..<Int(endingStarts[reportingRow + 1]) {
        let (pattern, length) = endings[ending]
        let start = index + 1 - Int(length)
        guard start < boundary else { return }
        body(start..<(index + 1), Int(pattern))
      }
    }
    /// Steps `row` over the byte at `index`; whether a pattern ends there.
    func step(_ row: inout Int, _ index: Int) -> Bool {
      row = Int(table[columns.index(row: row, byte: text[index])])
      return row & reporting != 0
    }
    /// Steps `row` over `range`, reporting what ends there.
    func steps(_ row: inout Int, _ range: Range<Int>) {
      for index in range where step(&row, index) { report(index, row) }
    }
    guard text.count >= Self.laneMinimum, text.count / Self.laneCount > longestPattern else {
      var row = 0
      steps(&row, 0..<text.count)
      return
    }
    // Lane k covers [k·n/8, (k+1)·n/8) and starts in the root state, so it finds the matches
    // that start in it. A match that starts in lane k and ends in the next is found by lane k
    // stepping on past its end for as long as the match in progress there began in lane k:
    // a few bytes, where finding each lane's state at its start by stepping over the longest
    // pattern's length before it cost seven times that length a file, one read at a time.
    precondition(Self.laneCount == 8, "the lanes' loop below is written out for eight lanes")
    let width = text.count / Self.laneCount
    // The lanes' loop holds only the rows, the bases and the counter, so the rows stay in
    // registers (with the reporting inline they were spilled: a store and a load on every
    // step's critical path). Where any row has the reporting bit, the rows are noted in
    // `laneEnds` out of line (a sliver of the steps), and reported after the loop in text order.
    var laneEnds = LaneEnds(width: width)
    let lane0 = text.baseAddress!
    let (lane1, lane2, lane3) = (lane0 + width, lane0 + 2 * width, lane0 + 3 * width)
    let (lane4, lane5, lane6, lane7) = (lane0 + 4 * width, lane0 + 5 * width, lane0 + 6 * width, lane0 + 7 * width)
    var (row0, row1, row2, row3) = (0, 0, 0, 0)
    var (row4, row5, row6, row7) = (0, 0, 0, 0)
    var offset = 0
    while offset < width {
      row0 = Int(table[columns.index(row: row0, byte: lane0[offset])])
      row1 = Int(table[columns.index(row: row1, byte: lane1[offset])])
      row2 = Int(table[columns.index(row: row2, byte: lane2[offset])])
      row3 = Int(table[columns.index(row: row3, byte: lane3[offset])])
      row4 = Int(table[columns.index(row: row4, byte: lane4[offset])])
      row5 = Int(table[columns.index(row: row5, byte: lane5[offset])])
      row6 = Int(table[columns.index(row: row6, byte: lane6[offset])])
      row7 = Int(table[columns.index(row: row7, byte: lane7[offset])])
      if (row0 | row1 | row2 | row3 | row4 | row5 | row6 | row7) & reporting != 0 {
        laneEnds.note(
          at: offset, width: width, reportingBit: reporting, rows: (row0, row1, row2, row3, row4, row5, row6, row7))
      }
      offset &+= 1
    }
    let finalRows = (row0, row1, row2, row3, row4, row5, row6)
    let ends = laneEnds.inTextOrder()
    var nextEnd = 0
    for lane in 0..<Self.laneCount {
      // The previous lane's matches that end in this one, merged by end: at one end, they are
      // the longer (they start earlier), so they come first, as one lane would report them.
      var carried: [(index: Int, row: Int)] = []
      let boundary = lane * width
      if lane > 0 {
        var row = withUnsafeBytes(of: finalRows) { $0.load(fromByteOffset: (lane - 1) * MemoryLayout<Int>.stride, as: Int.self) }
        var index = boundary
        while Int(depth[Int(stateOfRow[row])]) > index - boundary {
          if step(&row, index) { carried.append((index, row)) }
          index += 1
        }
      }
      var next = 0
      while nextEnd < ends.count, ends[nextEnd].index < boundary + width {
        let (index, row) = ends[nextEnd]
        nextEnd += 1
        while next < carried.count, carried[next].index <= index {
          report(carried[next].index, carried[next].row, startingBefore: boundary)
          next += 1
        }
        report(index, row)
      }
      for (index, row) in carried[next...] { report(index, row, startingBefore: boundary) }
    }
    var last = row7
    steps(&last, (Self.laneCount * width)..<text.count)
  }

  /// Where the lanes reached a state that ends a pattern: (text offset, row and lane), in the
  /// order the lanes' loop met them (by offset into the lanes, then lane). One list: a list per
  /// lane was eight allocations a file. Its own memory, not an array: an array's append asked the
  /// runtime whether the buffer was shared (a call) and tested its room, for every lane that
  /// reported; here `note` tests the room once for all eight lanes.
  private struct LaneEnds: ~Copyable {
    /// The row in the low 32 bits, the lane above them; `count` of them written.
    private var ends: UnsafeMutablePointer<(index: Int, rowAndLane: Int)>
    private var capacity: Int
    private var count = 0

    /// Room for a pattern end every 32 bytes (the bench corpus has one in 150), so the list
    /// seldom grows: growing it was a hundredth of a run.
    init(width: Int) {
      capacity = LiteralMatcher.laneCount * (width / 32 + 8)
      ends = .allocate(capacity: capacity)
    }

    deinit { ends.deallocate() }

    /// The lanes' rows at `offset` into each lane, one or more with `reportingBit`. Kept out of
    /// the lanes' loop, so its registers hold only what every step needs; the rows tested one by
    /// one (a loop over the tuple's memory took 120 instructions a call, 78,000 calls for 10 MB).
    @inline(never)
    mutating func note(
      at offset: Int, width: Int, reportingBit: Int, rows: (Int, Int, Int, Int, Int, Int, Int, Int)
    ) {
      if count &+ LiteralMatcher.laneCount > capacity { grow() }
      let ends = ends
      var written = count
      func add(_ lane: Int, _ row: Int) {
        guard row & reportingBit != 0 else { return }
        (ends + written).initialize(to: (lane &* width &+ offset, row | lane &<< 32))
        written &+= 1
      }
      add(0, rows.0)
      add(1, rows.1)
      add(2, rows.2)
      add(3, rows.3)
      add(4, rows.4)
      add(5, rows.5)
      add(6, rows.6)
      add(7, rows.7)
      count = written
    }

    /// Twice the room, the ends written so far moved over.
    private mutating func grow() {
      let larger = UnsafeMutablePointer<(index: Int, rowAndLane: Int)>.allocate(capacity: 2 * capacity)
      larger.moveInitialize(from: ends, count: count)
      ends.deallocate()
      ends = larger
      capacity *= 2
    }

    /// The ends by text offset, (offset, row): lane after lane, each lane's in the order the loop
    /// met them, so a counting sort on the lane orders them in two passes. A comparison sort
    /// was a fortieth of a run of the 40 MB bench on one core; a pass a lane over the whole
    /// list, skipping the other lanes' ends, a third more than that.
    func inTextOrder() -> [(index: Int, row: Int)] {
      let laneCount = LiteralMatcher.laneCount
      let list = UnsafeBufferPointer(start: ends, count: count)
      return withUnsafeTemporaryAllocation(of: Int.self, capacity: laneCount) { next in
        next.initialize(repeating: 0)
        for end in list { next[end.rowAndLane >> 32] += 1 }
        var start = 0
        for lane in 0..<laneCount { (next[lane], start) = (start, start + next[lane]) }
        var sorted = [(index: Int, row: Int)](filledWith: (0, 0), count: list.count)
        sorted.withUnsafeMutableBufferPointer { sorted in
          for (index, rowAndLane) in list {
            let lane = rowAndLane >> 32
            sorted[next[lane]] = (index, rowAndLane & 0xFFFF_FFFF)
            next[lane] += 1
          }
        }
        return sorted
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
