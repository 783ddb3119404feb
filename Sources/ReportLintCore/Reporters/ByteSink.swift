/// A growable byte buffer for writers that append many small pieces (JSON keys, brackets, line
/// breaks): an append is a capacity test and a copy, inlined, where `Array.append(contentsOf:)`
/// costs a call and a uniqueness check each time (a hundred instructions for a three-byte key
/// end). Owned by one writer for the length of one `write`; `finish` hands the bytes over to an
/// array and frees the storage. Not copyable: two copies would share, grow and free one storage.
struct ByteSink: ~Copyable {
  private var storage: UnsafeMutablePointer<UInt8>
  private var capacity: Int
  private(set) var count = 0

  init(capacity: Int = 4096) {
    self.capacity = max(16, capacity)
    storage = .allocate(capacity: self.capacity)
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

  /// Appends `number` in decimal, exactly as `String(number)` writes it: digits written in place
  /// from the last, where `withDecimalDigits` cost a closure call and a copy for each of the
  /// JSON report's hundred thousand line and column numbers.
  @inline(__always)
  mutating func appendDecimal(_ number: Int) {
    guard number >= 0 else {
      number.withDecimalDigits { append($0) }
      return
    }
    var length = 1
    var rest = number / 10
    while rest > 0 {
      length &+= 1
      rest /= 10
    }
    reserve(length)
    var value = number
    var at = count &+ length
    repeat {
      at &-= 1
      storage[at] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: value % 10)
      value /= 10
    } while value > 0
    count &+= length
  }

  /// Appends everything written to `output` and frees the storage: the sink's last use.
  consuming func finish(into output: inout [UInt8]) {
    output.append(contentsOf: UnsafeBufferPointer(start: storage, count: count))
    storage.deallocate()
    discard self
  }

  /// A sink dropped without `finish` still frees its storage.
  deinit { storage.deallocate() }

  private mutating func grow(toHold needed: Int) {
    let newCapacity = max(needed, capacity * 2)
    let newStorage = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
    newStorage.update(from: storage, count: count)
    storage.deallocate()
    storage = newStorage
    capacity = newCapacity
  }
}
