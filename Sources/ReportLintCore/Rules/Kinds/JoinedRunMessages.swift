import Synchronization

/// The message and fix of each joined run of wrong forms a substitution rule has made, by the
/// run's wrong forms (their indices), kept across documents: a run's match is its wrong forms
/// written together and its replacement their right forms, so both are fixed by the forms. The
/// 10 MB corpus has 4,388 runs of full-width digits (“１９５５”) but 426 different ones; rendering
/// each run's message and joining its replacement took 3,500 instructions.
final class JoinedRunMessages: Sendable {
  /// Runs kept at most: a bound on the memory a run over many numbers may take.
  static let limit = 4_096
  private let rendered = Mutex<[Key: (message: String, replacement: String)]>([:])

  /// A run's forms packed in four words, a form's index plus one in each 16 bits (0: no form),
  /// so looking a run up allocates nothing: keyed by an array of the indices, each look-up made
  /// and freed one (10 MB: 1.9 of the rule's 10 million instructions, with the array's hashing).
  /// (Four words of its own, not a `SIMD4`: the generic type's metadata and conformances, looked
  /// up at run time, took 90,000 instructions at every start.)
  struct Key: Hashable {
    var words: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)

    static func == (left: Key, right: Key) -> Bool { left.words == right.words }

    /// The words mixed into one before hashing: the hasher takes a word at a time, and four
    /// took as long as hashing the array had.
    func hash(into hasher: inout Hasher) {
      hasher.combine(
        words.0 &+ words.1 &* 0x9E37_79B9_7F4A_7C15 &+ words.2 &* 0xC2B2_AE3D_27D4_EB4F &+ words.3
          &* 0x1656_67B1_9E37_79F9)
    }
  }

  /// The key of the forms of `run`; nil for a run too long (over 16 forms) or a form whose index
  /// does not fit, which is not kept.
  static func key(_ run: ArraySlice<LiteralMatcher.Hit>) -> Key? {
    guard run.count <= 16 else { return nil }
    var key = Key()
    // Stored 16 bits at a time into the words' bytes: shifting into a lane picked by index took
    // 140 instructions a run.
    let stored = withUnsafeMutableBytes(of: &key.words) { words in
      var place = 0
      for hit in run {
        guard hit.pattern < 0xFFFF else { return false }
        words.storeBytes(of: UInt16(hit.pattern + 1), toByteOffset: 2 * place, as: UInt16.self)
        place += 1
      }
      return true
    }
    return stored ? key : nil
  }

  /// The message and replacement kept for the run of `key`.
  func known(_ key: Key) -> (message: String, replacement: String)? {
    rendered.withLock { $0[key] }
  }

  /// Keeps the message and replacement of the run of `key`, while there is room.
  func keep(_ made: (message: String, replacement: String), for key: Key) {
    rendered.withLock { kept in
      // Room for a few hundred runs at the first: grown from one, the table was rehashed nine
      // times on the way to the 10 MB corpus's 426 (1.1 million instructions).
      if kept.isEmpty { kept.reserveCapacity(512) }
      if kept.count < Self.limit { kept[key] = made }
    }
  }
}
