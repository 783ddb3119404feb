/// Text that is equal, ordered and hashed by its UTF-8 bytes, as the literal automaton and PCRE2
/// see it. A `String` is equal to its canonical equivalents, so hashing or comparing one that is
/// not ASCII normalizes it first: the pattern analyzer's literal sets of Chinese text spent more
/// on that than on anything else, at every start. For text in NFC (every built-in pattern is) the
/// two agree, and byte order is the order of the scalars, as `String`'s is.
struct ByteString: Hashable, Comparable, ExpressibleByStringLiteral {
  let string: String

  init(_ string: String) {
    self.string = string
  }

  init(stringLiteral string: String) {
    self.string = string
  }

  var isEmpty: Bool { string.isEmpty }

  /// O(1) for a native string.
  var utf8Count: Int { string.utf8.count }

  static func + (left: ByteString, right: ByteString) -> ByteString {
    ByteString(left.string + right.string)
  }

  func hash(into hasher: inout Hasher) {
    withBytes { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
  }

  static func == (left: ByteString, right: ByteString) -> Bool {
    left.utf8Count == right.utf8Count && left.withBytes { a in right.withBytes { b in a.elementsEqual(b) } }
  }

  static func < (left: ByteString, right: ByteString) -> Bool {
    left.withBytes { a in right.withBytes { b in a.lexicographicallyPrecedes(b) } }
  }

  /// The bytes in place (a copy of the string, which shares its storage, since `withUTF8` is
  /// mutating: it would make a bridged string contiguous).
  private func withBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    var text = string
    return text.withUTF8(body)
  }
}
