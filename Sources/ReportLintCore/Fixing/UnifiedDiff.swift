/// A line-based unified diff (`diff -u`) of two UTF-8 texts, for `reportlint fix --diff`.
///
/// Lines are compared with their line ends, so a changed line end shows; a last line without one
/// gets the usual `\ No newline at end of file`. The edit script is Myers' O(ND) algorithm over
/// what remains after the common head and tail are cut off: fixes touch few lines, so D is small
/// even in a long report.
public enum UnifiedDiff {
  enum Operation: Equatable {
    case equal, delete, insert
  }

  /// One step of the edit script, with the positions in both texts before it.
  struct Step {
    var operation: Operation
    var old: Int
    var new: Int
  }

  /// The diff, or the empty string when the texts are equal.
  public static func make(
    old: [UInt8], new: [UInt8], oldLabel: String, newLabel: String, context: Int = 3
  ) -> String {
    if old == new { return "" }
    let a = lines(of: old)
    let b = lines(of: new)
    let steps = script(a, b)
    var output = "--- \(oldLabel)\n+++ \(newLabel)\n"
    for (low, high) in hunks(steps, context: context) {
      let slice = steps[low..<high]
      let oldCount = slice.filter { $0.operation != .insert }.count
      let newCount = slice.filter { $0.operation != .delete }.count
      output += "@@ -\(range(slice.first!.old, oldCount)) +\(range(slice.first!.new, newCount)) @@\n"
      for step in slice {
        switch step.operation {
        case .equal: output += show(" ", a[step.old])
        case .delete: output += show("-", a[step.old])
        case .insert: output += show("+", b[step.new])
        }
      }
    }
    return output
  }

  /// Lines with their line ends (LF, and the CR before it when there is one).
  static func lines(of text: [UInt8]) -> [ArraySlice<UInt8>] {
    var lines: [ArraySlice<UInt8>] = []
    var start = 0
    for index in text.indices where text[index] == 0x0A {
      lines.append(text[start...index])
      start = index + 1
    }
    if start < text.count { lines.append(text[start...]) }
    return lines
  }

  static func show(_ mark: String, _ line: ArraySlice<UInt8>) -> String {
    let text = String(decoding: line, as: UTF8.self)
    return line.last == 0x0A ? mark + text : mark + text + "\n\\ No newline at end of file\n"
  }

  /// `start,count` as diff writes it: 1-based, and an empty range names the line before it.
  static func range(_ start: Int, _ count: Int) -> String {
    let first = count == 0 ? start : start + 1
    return count == 1 ? "\(first)" : "\(first),\(count)"
  }

  /// Step ranges to print: each change with `context` equal lines around it, changes whose
  /// contexts touch merged into one hunk.
  static func hunks(_ steps: [Step], context: Int) -> [(Int, Int)] {
    let changes = steps.indices.filter { steps[$0].operation != .equal }
    var hunks: [(Int, Int)] = []
    var index = 0
    while index < changes.count {
      var last = changes[index]
      let first = last
      while index + 1 < changes.count, changes[index + 1] - last - 1 <= 2 * context {
        index += 1
        last = changes[index]
      }
      hunks.append((max(0, first - context), min(steps.count, last + context + 1)))
      index += 1
    }
    return hunks
  }

  /// The shortest edit script turning `a` into `b`.
  static func script(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
    var head = 0
    while head < a.count && head < b.count && a[head] == b[head] { head += 1 }
    var tail = 0
    while tail < a.count - head && tail < b.count - head && a[a.count - 1 - tail] == b[b.count - 1 - tail] {
      tail += 1
    }
    var steps = (0..<head).map { Step(operation: .equal, old: $0, new: $0) }
    steps += myers(Array(a[head..<(a.count - tail)]), Array(b[head..<(b.count - tail)])).map {
      Step(operation: $0.operation, old: $0.old + head, new: $0.new + head)
    }
    let oldTail = a.count - tail
    let newTail = b.count - tail
    steps += (0..<tail).map { Step(operation: .equal, old: oldTail + $0, new: newTail + $0) }
    return steps
  }

  static func myers(_ a: [ArraySlice<UInt8>], _ b: [ArraySlice<UInt8>]) -> [Step] {
    let n = a.count
    let m = b.count
    let limit = n + m
    if limit == 0 { return [] }
    let offset = limit + 1
    var v = [Int](repeating: 0, count: 2 * limit + 3)
    // trace[d]: the furthest x on diagonals -d...d before step d; kept only that wide, so the
    // memory is O(D²), not O(D·(N+M)).
    var trace: [[Int]] = []
    var found = false
    for d in 0...limit {
      trace.append(Array(v[(offset - d)...(offset + d)]))
      for k in stride(from: -d, through: d, by: 2) {
        var x = k == -d || (k != d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1
        var y = x - k
        while x < n && y < m && a[x] == b[y] {
          x += 1
          y += 1
        }
        v[offset + k] = x
        if x >= n && y >= m {
          found = true
          break
        }
      }
      if found { break }
    }

    var steps: [Step] = []
    var x = n
    var y = m
    for d in stride(from: trace.count - 1, to: 0, by: -1) {
      let before = trace[d]
      func furthest(_ k: Int) -> Int { before[k + d] }
      let k = x - y
      let previousK = k == -d || (k != d && furthest(k - 1) < furthest(k + 1)) ? k + 1 : k - 1
      let previousX = furthest(previousK)
      let previousY = previousX - previousK
      while x > previousX && y > previousY {
        x -= 1
        y -= 1
        steps.append(Step(operation: .equal, old: x, new: y))
      }
      if x == previousX {
        y -= 1
        steps.append(Step(operation: .insert, old: x, new: y))
      } else {
        x -= 1
        steps.append(Step(operation: .delete, old: x, new: y))
      }
    }
    while x > 0 && y > 0 {
      x -= 1
      y -= 1
      steps.append(Step(operation: .equal, old: x, new: y))
    }
    return steps.reversed()
  }
}
