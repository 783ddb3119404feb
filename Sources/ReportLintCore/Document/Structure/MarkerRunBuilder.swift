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
  /// Heading level → index of its open run.
  private var open: [MarkerLevel: Int] = [:]
  /// Family → stack of open runs (index, whether it began at a line start).
  private var stacks: [MarkerLevel: [(run: Int, lineStart: Bool)]] = [:]

  /// A heading line without a numbering marker (a Markdown `#` heading) closes every run.
  mutating func closeAll() {
    open = [:]
    stacks = [:]
  }

  mutating func add(_ marker: Marker) {
    if marker.level.isHeading { addHeading(marker) } else { addRunIn(marker) }
  }

  private mutating func addHeading(_ marker: Marker) {
    open = open.filter { $0.key <= marker.level }
    stacks = [:]
    // A 1 starts a new run (a later part, an annex), unless it follows a lone 1: that is a repeat.
    if let index = open[marker.level], marker.number != 1 || (runs[index].items.count == 1 && runs[index].items[0].number == 1) {
      runs[index].items.append(marker)
    } else {
      open[marker.level] = start(marker)
    }
  }

  private mutating func addRunIn(_ marker: Marker) {
    var stack = stacks[marker.level] ?? []
    defer { stacks[marker.level] = stack }
    if marker.number == 1 {
      if marker.isLineStart { stack = [] }
      stack.append((start(marker), marker.isLineStart))
      return
    }
    // A line-start item continues a run of line-start items before one that began inside a
    // paragraph (三是…一是…四是, then the line 五是 goes with 三是, not with that inner 四是).
    let current = runs
    let expecting = { (entry: (run: Int, lineStart: Bool)) in current[entry.run].nextNumber == marker.number }
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
