/// Which of a list of literals (a `DocumentKinds`' section literals, as the shared scan's hits
/// number them) a pattern set requires, one bit each: the outline marks, for each paragraph, the
/// literals its hits show, and asks each set with one AND a word. Compared as byte arrays hit by
/// hit, with a list of flags allocated for each set (10 MB: 4,000 lists), the test cost more than
/// a third of the outline.
struct LiteralMask: Sendable {
  let words: [UInt64]

  /// The bits of `wanted` among `literals` (which hold every one of them).
  init(_ wanted: [[UInt8]], in literals: [[UInt8]]) {
    var words = [UInt64](repeating: 0, count: Self.wordCount(literals.count))
    words.withUnsafeMutableBufferPointer { bits in
      for (index, literal) in literals.enumerated() where wanted.contains(literal) { Self.mark(index, in: bits) }
    }
    self.words = words
  }

  /// The words a set of `count` literals takes.
  static func wordCount(_ count: Int) -> Int { (count + 63) / 64 }

  /// Sets literal `index`'s bit in `bits`.
  static func mark(_ index: Int, in bits: UnsafeMutableBufferPointer<UInt64>) {
    bits[index / 64] |= 1 &<< UInt64(index % 64)
  }

  /// Whether `bits` (as many words as the mask) has one of the mask's literals.
  func intersects(_ bits: UnsafeBufferPointer<UInt64>) -> Bool {
    words.indices.contains { words[$0] & bits[$0] != 0 }
  }
}
