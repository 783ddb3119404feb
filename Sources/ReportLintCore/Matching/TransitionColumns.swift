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

/// A column for every byte: a row is 256 entries, and a byte is its own column.
struct ByteColumns: TransitionColumns {
  var width: Int { 256 }

  @inline(__always)
  func rowStart(_ row: Int) -> Int { row &<< 8 }

  @inline(__always)
  func index(row: Int, byte: UInt8) -> Int { row &<< 8 | Int(byte) }
}

/// One column for each byte that occurs in a pattern and one that all other bytes share, through
/// a byte-to-column table.
struct SharedColumns: TransitionColumns {
  let ofByte: UnsafePointer<UInt8>
  let width: Int

  @inline(__always)
  func rowStart(_ row: Int) -> Int { row &* width }

  @inline(__always)
  func index(row: Int, byte: UInt8) -> Int { row &* width &+ Int(ofByte[Int(byte)]) }
}
