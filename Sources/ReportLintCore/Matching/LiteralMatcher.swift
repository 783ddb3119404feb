/// Finds many literal strings at once in UTF-8 bytes with an Aho-Corasick automaton, compiled to
/// a dense transition table so the scan does one table look-up per byte. Bytes that occur in no
/// pattern share one class, so a row has one column per byte the patterns use (about 70 for a
/// Chinese word list, not 256) and the table stays small enough for the cache.
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
    var byteClass = [UInt8](repeating: 0, count: 256)
    let usedBytes = Set(byteLists.joined()).sorted()
    for (index, byte) in usedBytes.enumerated() { byteClass[Int(byte)] = UInt8(index + 1) }
    let classCount = usedBytes.count + 1
    let count = children.count
    var transitions = [Int32](repeating: 0, count: count * classCount)
    var failure = [Int32](repeating: 0, count: count)
    var outputLink = [Int32](repeating: -1, count: count)
    var queue: [Int] = []
    for (byte, child) in children[0] {
      transitions[Int(byteClass[Int(byte)])] = child
      queue.append(Int(child))
    }
    var head = 0
    while head < queue.count {
      let state = queue[head]
      head += 1
      let fail = Int(failure[state])
      outputLink[state] = terminal[fail] >= 0 ? Int32(fail) : outputLink[fail]
      for column in 1..<classCount {
        let byte = usedBytes[column - 1]
        if let child = children[state][byte] {
          transitions[state * classCount + column] = child
          failure[Int(child)] = transitions[fail * classCount + column]
          queue.append(Int(child))
        } else {
          transitions[state * classCount + column] = transitions[fail * classCount + column]
        }
      }
    }
    self.transitions = transitions
    self.byteClass = byteClass
    self.classCount = classCount
    self.terminal = terminal
    self.outputLink = outputLink
    reportFrom = (0..<count).map { terminal[$0] >= 0 ? Int32($0) : outputLink[$0] }
  }

  /// Every occurrence of every pattern, overlapping ones included, in order of their end.
  public func allHits(in text: UnsafeBufferPointer<UInt8>) -> [Hit] {
    var hits: [Hit] = []
    var state = 0
    let columns = classCount
    transitions.withUnsafeBufferPointer { table in
      byteClass.withUnsafeBufferPointer { classes in
        reportFrom.withUnsafeBufferPointer { reports in
          for index in 0..<text.count {
            state = Int(table[state &* columns &+ Int(classes[Int(text[index])])])
            var output = Int(reports[state])
            while output >= 0 {
              let pattern = Int(terminal[output])
              let length = patterns[pattern].count
              hits.append(Hit(range: (index + 1 - length)..<(index + 1), pattern: pattern))
              output = Int(outputLink[output])
            }
          }
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
