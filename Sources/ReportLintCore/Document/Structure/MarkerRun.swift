/// Markers of one level that count one sequence: the （一）（二）（三） under one 一、 heading, the
/// 一是、二是 of one enumeration.
public struct MarkerRun: Sendable, Hashable {
  public let level: MarkerLevel
  public internal(set) var items: [Marker]

  public init(level: MarkerLevel, items: [Marker]) {
    self.level = level
    self.items = items
  }

  /// The number the next item should carry, judged by the last one written.
  var nextNumber: Int { items.last!.number + 1 }

  /// The first item whose number is not the run's first number plus its position (a gap or a
  /// repeat), or nil when the run counts up one by one.
  public var firstBreak: Int? {
    guard let first = items.first else { return nil }
    return items.indices.first { items[$0].number != first.number + $0 }
  }

  /// The number item `index` should carry.
  public func expectedNumber(at index: Int) -> Int { items[0].number + index }
}
