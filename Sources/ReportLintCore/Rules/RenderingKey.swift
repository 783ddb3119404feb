/// What fixes a kept rendering (`KeptRenderings`), packed in four words so that looking it up
/// allocates nothing:
/// - the wrong forms of a substitution rule's joined run (their indices): a run's match is its
///   wrong forms written together and its replacement their right forms, so both are fixed by
///   the forms. Each form's index plus one in 16 bits (0: no form), up to 16 forms. Keyed by an
///   array of the indices, each look-up made and freed one (10 MB: 1.9 of the rule's 10 million
///   instructions, with the array's hashing);
/// - the matched bytes of a pattern rule's finding, whose message names nothing but the match:
///   up to 31 bytes, their count in the last.
///
/// (Four words of its own, not a `SIMD4`: the generic type's metadata and conformances, looked
/// up at run time, took 90,000 instructions at every start.)
struct RenderingKey: Hashable, Sendable {
  private var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

  /// The key of the forms of `run`; nil for a run too long (over 16 forms) or a form whose index
  /// does not fit, which is not kept.
  init?(forms run: ArraySlice<LiteralMatcher.Hit>) {
    guard run.count <= 16 else { return nil }
    // Stored 16 bits at a time into the words' bytes: shifting into a lane picked by index took
    // 140 instructions a run.
    let stored = withUnsafeMutableBytes(of: &words) { words in
      var place = 0
      for hit in run {
        guard hit.pattern < 0xFFFF else { return false }
        words.storeBytes(of: UInt16(hit.pattern + 1), toByteOffset: 2 * place, as: UInt16.self)
        place += 1
      }
      return true
    }
    guard stored else { return nil }
  }

  /// The key of the bytes of `text` in `range`; nil for more than 31.
  init?(bytes range: ByteRange, of text: [UInt8]) {
    guard range.count <= 31 else { return nil }
    withUnsafeMutableBytes(of: &words) { words in
      // An empty match copies nothing (an empty text may have no bytes to point at).
      if !range.isEmpty {
        text.withUnsafeBytes { text in
          words.baseAddress!.copyMemory(from: text.baseAddress! + range.lowerBound, byteCount: range.count)
        }
      }
      words[31] = UInt8(range.count)
    }
  }

  static func == (left: RenderingKey, right: RenderingKey) -> Bool { left.words == right.words }

  /// The words mixed into one before hashing: the hasher takes a word at a time, and four took
  /// as long as hashing an array of forms had.
  func hash(into hasher: inout Hasher) {
    hasher.combine(
      words.0 &+ words.1 &* 0x9E37_79B9_7F4A_7C15 &+ words.2 &* 0xC2B2_AE3D_27D4_EB4F &+ words.3
        &* 0x1656_67B1_9E37_79F9)
  }
}
