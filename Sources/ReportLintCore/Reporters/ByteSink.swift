/// A growable byte buffer for writers that append many small pieces (JSON keys, brackets, line
/// breaks): an append is a capacity test and a copy, inlined, where `Array.append(contentsOf:)`
/// costs a call and a uniqueness check each time (a hundred instructions for a three-byte key
/// end). Owned by one writer for the length of one `write`; `finish` hands the bytes over to an
/// array and frees the storage when it is the sink's own (storage lent to it, `init(lent:)`, the
/// lender reads back by `count`). Not copyable: two copies would share, grow and free one storage.
struct ByteSink: ~Copyable {
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0
  /// False while the sink writes into storage lent to it (`init(lent:)`), which it never frees.
  private(set) var ownsStorage = true

  init(capacity: Int = 4096) {
    self.capacity = max(16, capacity)
    storage = .allocate(capacity: self.capacity)
  }

  /// A sink that writes into `storage` (of at least one byte) as long as its bytes fit there,
  /// then moves to storage of its own; `ownsStorage` tells which. For writing straight into a
  /// new array's uninitialized storage.
  init(lent storage: UnsafeMutableBufferPointer<UInt8>) {
    self.storage = storage.baseAddress!
    capacity = storage.count
    ownsStorage = false
  }

  @inline(__always)
  mutating func append(_ byte: UInt8) {
    reserve(1)
    appendReserved(byte)
  }

  @inline(__always)
  mutating func append(_ bytes: UnsafeBufferPointer<UInt8>) {
    reserve(bytes.count)
    appendReserved(bytes)
  }

  /// Makes room for `extra` more bytes: the `appendReserved` calls after it, up to that many
  /// bytes, need no test of their own.
  @inline(__always)
  mutating func reserve(_ extra: Int) {
    if count + extra > capacity { grow(toHold: count + extra) }
  }

  /// Appends a literal's bytes with one plain copy of its length: inlined where the literal is
  /// written, the length is a constant and the copy a few moves, where `appendReserved`'s
  /// pieces stop at 16 bytes and called memmove for a finding's longer layout pieces.
  @inline(__always)
  mutating func append(literal: StaticString) {
    let length = literal.utf8CodeUnitCount
    reserve(length)
    UnsafeMutableRawPointer(storage + count).copyMemory(from: literal.utf8Start, byteCount: length)
    count += length
  }

  /// Appends a byte there is room for (`reserve`).
  @inline(__always)
  mutating func appendReserved(_ byte: UInt8) {
    storage[count] = byte
    count += 1
  }

  /// Appends bytes there is room for (`reserve`).
  @inline(__always)
  mutating func appendReserved(_ bytes: UnsafeBufferPointer<UInt8>) {
    guard let source = bytes.baseAddress, bytes.count > 0 else { return }
    let length = bytes.count
    let target = UnsafeMutableRawPointer(storage + count)
    let from = UnsafeRawPointer(source)
    // Keys, brackets and indents are a few bytes: two overlapping word copies, inline, where a
    // call to memcpy cost more than the copy (a key's 58 instructions were mostly that call).
    if length >= 8 && length <= 16 {
      let head = from.loadUnaligned(as: UInt64.self)
      let tail = from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
      target.storeBytes(of: head, as: UInt64.self)
      target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
    } else if length >= 4 && length < 8 {
      let head = from.loadUnaligned(as: UInt32.self)
      let tail = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
      target.storeBytes(of: head, as: UInt32.self)
      target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
    } else if length < 4 {
      for index in 0..<length { storage[count + index] = source[index] }
    } else {
      (storage + count).update(from: source, count: length)
    }
    count += length
  }

  /// Appends `number` in decimal, exactly as `String(number)` writes it: below 10,000 (every
  /// line and column of a report) two digits at a time from a table, written in place, where
  /// `withDecimalDigits` cost a closure call and a copy for each of the JSON report's hundred
  /// thousand numbers, and a digit at a time 60 instructions a number.
  @inline(__always)
  mutating func appendDecimal(_ number: Int) {
    guard number >= 0 && number < 10_000 else {
      number.withDecimalDigits { append($0) }
      return
    }
    reserve(4)
    let pairs = Self.digitPairs.utf8Start
    /// The two digits of `value` (below 100) at `offset` past the end.
    @inline(__always) func pair(_ value: Int, at offset: Int) {
      storage[count &+ offset] = pairs[2 &* value]
      storage[count &+ offset &+ 1] = pairs[2 &* value &+ 1]
    }
    if number < 10 {
      storage[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: number)
      count &+= 1
    } else if number < 100 {
      pair(number, at: 0)
      count &+= 2
    } else if number < 1000 {
      storage[count] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: number / 100)
      pair(number % 100, at: 1)
      count &+= 3
    } else {
      pair(number / 100, at: 0)
      pair(number % 100, at: 2)
      count &+= 4
    }
  }

  /// "00", "01", … "99" in one run.
  private static var digitPairs: StaticString {
    """
    0001020304050607080910111213141516171819202122232425262728293031323334353637383940414243444546474849\
    5051525354555657585960616263646566676869707172737475767778798081828384858687888990919293949596979899
    """
  }

  /// Appends everything written to `output` and frees the storage: the sink's last use.
  consuming func finish(into output: inout [UInt8]) {
    output.append(contentsOf: UnsafeBufferPointer(start: storage, count: count))
    if ownsStorage { storage.deallocate() }
    discard self
  }

  /// A sink dropped without `finish` still frees its storage (if it is its own).
  deinit { if ownsStorage { storage.deallocate() } }

  private mutating func grow(toHold needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStorage.update(from: storage, count: count)
    if ownsStorage { storage.deallocate() }
    storage = newStorage
    capacity = newCapacity
    ownsStorage = true
  }
}
