/// How a literal automaton's scan finds a byte's entry in a row of its `TransitionTable`. Generic
/// over it, the scan's loop is compiled once for each kind of table with the look-up inline.
protocol TransitionColumns {
  /// How many entries a row has.
  var width: Int { get }
  /// Where row `row` starts.
  func rowStart(_ row: Int) -> Int
  /// The entry of `byte` in row `row`.
  func index(row: Int, byte: UInt8) -> Int
}
