/// Applies byte-range edits to UTF-8 text: sorted by position, an edit that overlaps one already
/// taken is skipped (the fixer retries it on its next pass), and bytes outside the edits are kept.
public enum EditApplier {
  public struct Outcome: Sendable {
    public var text: [UInt8]
    public var applied: [Edit]
    public var skipped: [Edit]
  }

  public static func apply(_ edits: [Edit], to text: [UInt8]) -> Outcome {
    let ordered = edits.enumerated().sorted {
      ($0.element.range.lowerBound, $0.element.range.upperBound, $0.offset)
        < ($1.element.range.lowerBound, $1.element.range.upperBound, $1.offset)
    }.map(\.element)
    var applied: [Edit] = []
    var skipped: [Edit] = []
    var output: [UInt8] = []
    output.reserveCapacity(text.count)
    var cursor = 0
    for edit in ordered {
      // Two insertions at one point, or an edit starting inside the last one, would fight.
      let overlaps =
        edit.range.lowerBound < cursor
        || (applied.last.map { $0.range.isEmpty && edit.range.isEmpty && $0.range.lowerBound == edit.range.lowerBound } ?? false)
      if overlaps || edit.range.upperBound > text.count {
        skipped.append(edit)
        continue
      }
      output += text[cursor..<edit.range.lowerBound]
      output += edit.replacement.utf8
      cursor = edit.range.upperBound
      applied.append(edit)
    }
    output += text[cursor...]
    return Outcome(text: output, applied: applied, skipped: skipped)
  }
}
