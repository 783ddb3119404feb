/// A name found by a dictionary detector: the whole span in scalar indices, and the proper part
/// that becomes `**` (the rest, a generic tail such as 市 or 有限公司, stays).
struct DetectedName: Hashable {
  var range: Range<Int>
  var proper: Range<Int>

  /// The longest candidates that do not overlap, leftmost first among equals.
  static func resolve(_ candidates: [DetectedName]) -> [DetectedName] {
    var chosen: [DetectedName] = []
    for candidate in candidates.sorted(by: { ($0.range.count, -$0.range.lowerBound) > ($1.range.count, -$1.range.lowerBound) })
    where !chosen.contains(where: { $0.range.overlaps(candidate.range) }) {
      chosen.append(candidate)
    }
    return chosen.sorted { $0.range.lowerBound < $1.range.lowerBound }
  }
}
