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
