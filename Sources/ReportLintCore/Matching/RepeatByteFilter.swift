/// Where a run of three-byte characters may be followed by itself, found on the text's bytes
/// 57 to 64 positions a step, for texts whose repeats can only be of three-byte characters (Chinese:
/// every Han character of the Basic Multilingual Plane).
///
/// A run of n such characters repeats at byte p only where each of its 3n bytes equals the byte
/// 3n on, so at least the first `run` of them do: the filter asks, for each distance, for `run`
/// equal bytes in a row, and reports every position where some distance has them. That is a
/// superset of the repeats (a repeat at the text's end needs all of its bytes, so the run fits);
/// the caller decides each candidate. Turning every character into a number first (the
/// general path) cost twice what the filter and the candidates' decisions cost together (10 MB:
/// 160 against 76 million instructions).
enum RepeatByteFilter {
  /// A distance in bytes, and how many equal bytes in a row (at most 8) a candidate needs at it.
  struct Test {
    let distance: Int
    let run: Int
    /// Shifts that, each and-ing the bits with themselves shifted, leave the bits where `run`
    /// set bits in a row begin: the covered length doubles, then tops up (6: 1, 2, 2; 3: 1, 1,
    /// 0). Worked out here, so the filter's loop holds no loop of its own.
    fileprivate let shifts: (UInt32, UInt32, UInt32)

    init(distance: Int, run: Int) {
      precondition((1...8).contains(run), "a run of 1 to 8 bytes")
      self.distance = distance
      self.run = run
      var steps: [UInt32] = []
      var covered = 1
      while covered < run {
        let step = min(covered, run - covered)
        steps.append(UInt32(step))
        covered += step
      }
      steps += [0, 0, 0]
      shifts = (steps[0], steps[1], steps[2])
    }
  }

  /// Candidate byte positions, ascending (not all at character starts). Nil when the text
  /// holds a four-byte character, which the byte distances do not account for: the caller then
  /// takes the general path.
  /// `farthest`: the largest of the tests' distances.
  static func candidates(in text: UnsafeBufferPointer<UInt8>, tests: [Test], farthest: Int) -> [Int]? {
    guard let base = text.baseAddress.map(UnsafeRawPointer.init), !tests.isEmpty else { return [] }
    var found: [Int] = []
    // Room for the bench corpus's candidates (one in 200 bytes).
    found.reserveCapacity(text.count / 128 + 16)
    // Each step reads 64 bytes and reports the positions whose runs end within them: 64 less the
    // longest run's length but one (59 for the built-in rule; it was 48, for any run).
    let step = 65 - tests.reduce(1) { max($0, $1.run) }
    let fits = tests.withUnsafeBufferPointer { tests in
      // The text while a step's reads stay in it; then the rest, copied after padding of 0xFF.
      // 0xFF is no byte of UTF-8, so it equals no byte of the text: a run that reaches the
      // padding at either of its two places is no run, as one that runs past the text's end is
      // not, and the rest takes the same steps as the text instead of a position at a time
      // (every file ends this way: that was 9 of the filter's 58 million instructions on the
      // 10 MB corpus; with the longer steps and the cheaper four-byte test, 58 became 37).
      let inText = text.count - 64 - farthest
      var block = 0
      while block <= inText {
        guard scanStep(base, at: block, offset: block, validCount: 64, tests: tests, step: step, found: &found) else {
          return false
        }
        block &+= step
      }
      let rest = text.count - block
      let padded = rest + 64 + farthest
      return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: padded) { buffer in
        buffer.initialize(repeating: 0xFF)
        _ = UnsafeMutableBufferPointer(rebasing: buffer[..<rest]).initialize(fromContentsOf: text[block...])
        let copy = UnsafeRawPointer(buffer.baseAddress!)
        var tail = 0
        while tail < rest {
          guard
            scanStep(copy, at: tail, offset: block &+ tail, validCount: rest &- tail, tests: tests, step: step, found: &found)
          else { return false }
          tail &+= step
        }
        return true
      }
    }
    return fits ? found : nil
  }

  /// One step: the candidates among the `step` positions from `at` (of the 64 bytes there and
  /// each test's distance on), reported at `offset` more, of which the first `validCount` (if
  /// fewer than `step`) are text and the rest padding. False when a four-byte character starts
  /// in the step's text.
  @inline(__always)
  private static func scanStep(
    _ base: UnsafeRawPointer, at block: Int, offset: Int, validCount: Int, tests: UnsafeBufferPointer<Test>,
    step: Int, found: inout [Int]
  ) -> Bool {
    // The first min(validCount, step) bits (at least one; a step may be all 64).
    let positions = UInt64.max &>> UInt64(64 &- min(validCount, step))
    let bytes = ByteMask.load64(base, block)
    // A lead byte F0–F7 (only F0–F4 occur in valid UTF-8). When all 64 bytes are text, in any of
    // them, which one compare of their largest answers (a third of the instructions of a mask);
    // else in the step's text, not in the padding.
    if validCount >= 64 {
      let high = SIMD16<UInt8>(repeating: 0xF0)
      if ByteMask.bits(ByteMask.largest(bytes) & high .== high) != 0 { return false }
    } else if ByteMask.matching(bytes, mask: 0xF0, value: 0xF0) & positions != 0 {
      return false
    }
    var starts: UInt64 = 0
    for test in tests {
      var equal = ByteMask.equal(bytes, ByteMask.load64(base, block &+ test.distance))
      equal &= equal &>> UInt64(test.shifts.0)
      equal &= equal &>> UInt64(test.shifts.1)
      equal &= equal &>> UInt64(test.shifts.2)
      starts |= equal
    }
    starts &= positions
    while starts != 0 {
      found.append(offset &+ starts.trailingZeroBitCount)
      starts &= starts &- 1
    }
    return true
  }
}
