/// Groups markers into runs, reading them in document order.
///
/// Heading levels: a marker continues the open run of its level; a marker of a shallower level
/// closes the runs below it (a （一） run restarts under each 一、), and a 1 starts a new run
/// unless the open run is a lone 1.
///
/// Run-in enumerations nest: a paragraph 三是… may hold its own 一是…五是, and the next line's
/// 四是 returns to the outer run. So each family (一是, 第一，) keeps a stack of open runs, and an
/// item joins the innermost run that expects its number. An item no open run expects is a break
/// in the innermost run (at a line start: the innermost run that began at a line start). Any
/// heading line closes all run-in enumerations.
struct MarkerRunBuilder {
  private(set) var runs: [MarkerRun] = []
  /// Heading levels 1–4 → index of its open run, -1 for none. Four values, not a dictionary
  /// (each heading rebuilt one) nor an array (each document allocated and freed one).
  private var open = (-1, -1, -1, -1)
  /// The stacks of open run-in runs, 一是 and 第一， (index, whether it began at a line start).
  /// Emptied keeping their room: each heading emptied them, and the next item allocated again.
  private var enumerators: [(run: Int, lineStart: Bool)] = []
  private var ordinals: [(run: Int, lineStart: Bool)] = []

  /// `markerCount`: how many markers will be added, room for as many runs (grown from empty,
  /// the list was copied twice a document).
  init(markerCount: Int) {
    runs.reserveCapacity(markerCount)
  }

  /// A heading line without a numbering marker (a Markdown `#` heading) closes every run.
  mutating func closeAll() {
    open = (-1, -1, -1, -1)
    closeRunIns()
  }

  private mutating func closeRunIns() {
    // Only a stack with items: emptying one never allocated, keeping its room, allocated one.
    if !enumerators.isEmpty { enumerators.removeAll(keepingCapacity: true) }
    if !ordinals.isEmpty { ordinals.removeAll(keepingCapacity: true) }
  }

  /// The open run of heading level `level` (1–4).
  private func openRun(_ level: MarkerLevel) -> Int? {
    let run =
      switch level {
      case .chapter: open.0
      case .section: open.1
      case .item: open.2
      default: open.3
      }
    return run < 0 ? nil : run
  }

  /// Opens `run` at heading level `level` and closes the levels below it.
  private mutating func open(_ run: Int, at level: MarkerLevel) {
    switch level {
    case .chapter: open = (run, -1, -1, -1)
    case .section: open = (open.0, run, -1, -1)
    case .item: open = (open.0, open.1, run, -1)
    default: open = (open.0, open.1, open.2, run)
    }
  }

  mutating func add(_ marker: Marker) {
    if marker.level.isHeading { addHeading(marker) } else { addRunIn(marker) }
  }

  private mutating func addHeading(_ marker: Marker) {
    closeRunIns()
    // A 1 starts a new run (a later part, an annex), unless it follows a lone 1: that is a repeat.
    // Either way the levels below close.
    if let index = openRun(marker.level),
      marker.number != 1 || (runs[index].items.count == 1 && runs[index].items[0].number == 1)
    {
      runs[index].items.append(marker)
      open(index, at: marker.level)
    } else {
      open(start(marker), at: marker.level)
    }
  }

  /// Swaps `stack` with the stored stack of run-in level `level`.
  private mutating func swapStack(_ stack: inout [(run: Int, lineStart: Bool)], of level: MarkerLevel) {
    if level == .enumerator { swap(&stack, &enumerators) } else { swap(&stack, &ordinals) }
  }

  private mutating func addRunIn(_ marker: Marker) {
    // The stack is moved out and back, not copied: the stored one stays uniquely referenced.
    var stack: [(run: Int, lineStart: Bool)] = []
    swapStack(&stack, of: marker.level)
    defer { swapStack(&stack, of: marker.level) }
    if marker.number == 1 {
      if marker.isLineStart { stack.removeAll(keepingCapacity: true) }
      stack.append((start(marker), marker.isLineStart))
      return
    }
    // A line-start item continues a run of line-start items before one that began inside a
    // paragraph (三是…一是…四是, then the line 五是 goes with 三是, not with that inner 四是).
    // Reads `runs` in place: a copy of it held here made the append below copy every run.
    func expecting(_ entry: (run: Int, lineStart: Bool)) -> Bool { runs[entry.run].nextNumber == marker.number }
    if let depth = (marker.isLineStart ? stack.lastIndex(where: { $0.lineStart && expecting($0) }) : nil)
      ?? stack.lastIndex(where: expecting)
    {
      stack.removeSubrange((depth + 1)...)
    } else if marker.isLineStart, let depth = stack.lastIndex(where: \.lineStart) {
      stack.removeSubrange((depth + 1)...)
    } else if stack.isEmpty {
      // Nothing to continue: a line-start item opens a run of its own (a later break in it is
      // still found); a stray one inside a paragraph is left alone.
      if marker.isLineStart { stack.append((start(marker), true)) }
      return
    }
    runs[stack.last!.run].items.append(marker)
  }

  private mutating func start(_ marker: Marker) -> Int {
    runs.append(MarkerRun(level: marker.level, items: [marker]))
    return runs.count - 1
  }
}
