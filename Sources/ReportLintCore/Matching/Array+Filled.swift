extension Array {
  /// `count` copies of `element`, like `Array(repeating:count:)`, but allocated by code
  /// specialized for the element type. `Array(repeating:count:)` and
  /// `Array(unsafeUninitializedCapacity:initializingWith:)` allocate through a generic entry
  /// point of the standard library that is not inlinable, which looks the storage type up in the
  /// runtime's metadata cache: 650 to 1,400 instructions a call. For the literal scan's arrays,
  /// made for every file, that was 2 million instructions on the 10 MB bench (453.3 -> 451.3
  /// million). Filling costs a store an element, so large byte buffers (a file's bytes, a file's
  /// JSON) stay with `unsafeUninitializedCapacity`: filled first, they ran no faster.
  @inline(__always)
  init(filledWith element: Element, count: Int) {
    self.init(repeatElement(element, count: count))
  }
}
