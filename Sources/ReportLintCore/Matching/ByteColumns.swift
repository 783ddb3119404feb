/// A column for every byte: a row is 256 entries, and a byte is its own column.
struct ByteColumns: TransitionColumns {
  var width: Int { 256 }

  @inline(__always)
  func rowStart(_ row: Int) -> Int { row &<< 8 }

  @inline(__always)
  func index(row: Int, byte: UInt8) -> Int { row &<< 8 | Int(byte) }
}
