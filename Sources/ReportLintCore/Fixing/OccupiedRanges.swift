/// The byte ranges a pass has already claimed, sorted, so checking a new edit against them is a
/// binary search rather than a scan (a large draft has thousands of fixes per pass).
///
/// Two edits conflict when they overlap, or when both insert at the same point (their order would
/// be arbitrary) — the same rule `EditApplier` applies.
struct OccupiedRanges {
  private var ranges: [ByteRange] = []

  func conflicts(_ edit: Edit) -> Bool {
    let range = edit.range
    // Only claimed ranges that end at or after `range` starts and start at or before it ends can
    // touch it; claimed ranges are disjoint, so they form one run of the sorted array.
    var index = firstIndex(endingAtOrAfter: range.lowerBound)
    while index < ranges.count, ranges[index].lowerBound <= range.upperBound {
      let other = ranges[index]
      if other.lowerBound < range.upperBound && range.lowerBound < other.upperBound { return true }
      if other.isEmpty && range.isEmpty && other.lowerBound == range.lowerBound { return true }
      index += 1
    }
    return false
  }

  mutating func insert(_ range: ByteRange) {
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if (ranges[middle].lowerBound, ranges[middle].upperBound) < (range.lowerBound, range.upperBound) {
        low = middle + 1
      } else {
        high = middle
      }
    }
    ranges.insert(range, at: low)
  }

  /// Claimed ranges are disjoint, so their upper bounds are sorted too.
  private func firstIndex(endingAtOrAfter offset: Int) -> Int {
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].upperBound < offset { low = middle + 1 } else { high = middle }
    }
    return low
  }
}
