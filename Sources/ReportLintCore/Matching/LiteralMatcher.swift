/// Finds many literal strings at once in UTF-8 bytes with an Aho-Corasick automaton, compiled to
/// a dense transition table so the scan does one table look-up per byte.
///
/// Because every pattern is whole UTF-8 characters, a match can only start on a character boundary.
public struct LiteralMatcher: Sendable {
  public struct Hit: Sendable, Hashable {
    public var range: ByteRange
    public var pattern: Int
  }

  /// Pattern bytes, by index.
  public let patterns: [[UInt8]]
  private let transitions: [Int32]
  /// The longest pattern ending at each state, or -1.
  private let terminal: [Int32]
  /// The next state down the failure chain that ends a pattern, or -1.
  private let outputLink: [Int32]

  public init(patterns: [String]) {
    let byteLists = patterns.map { Array($0.utf8) }
    self.patterns = byteLists
    var children: [[UInt8: Int32]] = [[:]]
    var terminal: [Int32] = [-1]
    for (index, bytes) in byteLists.enumerated() where !bytes.isEmpty {
      var state = 0
      for byte in bytes {
        if let next = children[state][byte] {
          state = Int(next)
        } else {
          children.append([:])
          terminal.append(-1)
          children[state][byte] = Int32(children.count - 1)
          state = children.count - 1
        }
      }
      if terminal[state] < 0 { terminal[state] = Int32(index) }
    }
    let count = children.count
    var transitions = [Int32](repeating: 0, count: count * 256)
    var failure = [Int32](repeating: 0, count: count)
    var outputLink = [Int32](repeating: -1, count: count)
    var queue: [Int] = []
    for (byte, child) in children[0] {
      transitions[Int(byte)] = child
      queue.append(Int(child))
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      let fail = Int(failure[state])
      outputLink[state] = terminal[fail] >= 0 ? Int32(fail) : outputLink[fail]
      for byte in 0..<256 {
        if let child = children[state][UInt8(byte)] {
          transitions[state * 256 + byte] = child
          failure[Int(child)] = transitions[fail * 256 + byte]
          queue.append(Int(child))
        } else {
          transitions[state * 256 + byte] = transitions[fail * 256 + byte]
        }
      }
    }
    self.transitions = transitions
    self.terminal = terminal
    self.outputLink = outputLink
  }

  /// Every occurrence of every pattern, overlapping ones included, in order of their end.
  public func allHits(in text: UnsafeBufferPointer<UInt8>) -> [Hit] {
    var hits: [Hit] = []
    var state = 0
    transitions.withUnsafeBufferPointer { table in
      for index in 0..<text.count {
        state = Int(table[state &* 256 &+ Int(text[index])])
        if terminal[state] < 0 && outputLink[state] < 0 { continue }
        var output = terminal[state] >= 0 ? state : Int(outputLink[state])
        while output >= 0 {
          let pattern = Int(terminal[output])
          let length = patterns[pattern].count
          hits.append(Hit(range: (index + 1 - length)..<(index + 1), pattern: pattern))
          output = Int(outputLink[output])
        }
      }
    }
    return hits
  }

  /// Non-overlapping occurrences, choosing at each point the leftmost and then the longest.
  public func leftmostLongestHits(in text: UnsafeBufferPointer<UInt8>) -> [Hit] {
    let hits = allHits(in: text).sorted {
      ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count)
    }
    var chosen: [Hit] = []
    var end = 0
    for hit in hits where hit.range.lowerBound >= end {
      chosen.append(hit)
      end = hit.range.upperBound
    }
    return chosen
  }
}
