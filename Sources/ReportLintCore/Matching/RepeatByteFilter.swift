/// Where a run of three-byte characters may be followed by itself, found on the text's bytes
/// 57 to 64 positions a step, for texts whose repeats can only be of three-byte characters (Chinese:
/// every Han character of the Basic Multilingual Plane).
///
/// A run of n such characters repeats at byte p only where each of its 3n bytes equals the byte
/// 3n on, so at least the first `run` of them do: the filter asks for `run` bytes in a row each
/// equal to the byte one of a test's distances on (`Test`), and reports every position where a
/// test has them. That is a superset of the repeats (a repeat at the text's end needs all of its bytes, so the run fits);
/// the caller decides each candidate. Turning every character into a number first (the
/// general path) cost twice what the filter and the candidates' decisions cost together (10 MB:
/// 160 against 76 million instructions).
struct RepeatByteFilter: Sendable {
  /// One to four distances in bytes, and how many bytes in a row (at most 8) a candidate needs
  /// each equal to the byte at one of them. With one distance, `run` equal bytes that far on;
  /// with several, the bytes may each match at a different one of them: a superset of the
  /// candidates of the distances tested one by one, found at the cost of little more than one
  /// (their compares or-ed before the one mask and run test). The built-in rule's four word
  /// lengths, with one run for all, are one test: 10 MB, the filter 37.3 -> 30.5 million
  /// instructions, its candidates' decisions 7.4 -> 7.9 million.
  struct Test {
    let distances: [Int]
    let run: Int

    init(distances: [Int], run: Int) {
      precondition((1...8).contains(run), "a run of 1 to 8 bytes")
      precondition((1...4).contains(distances.count) && distances.allSatisfy { $0 >= 1 }, "1 to 4 distances of a byte or more")
      self.distances = distances
      self.run = run
    }

    init(distance: Int, run: Int) { self.init(distances: [distance], run: run) }
  }

  /// A test as the filter's loop takes it. Four distances, written out with no loop of their
  /// own: a loop over a test's distances cost 24 instructions a distance a step, more than the
  /// mask and run tests it saved (10 MB: 38.6 against 37.3 million).
  private struct Probe {
    /// A test of fewer than four repeats its last distance: the same compare or-ed again.
    let distances: (Int, Int, Int, Int)
    let isSingle: Bool
    /// Shifts that, each and-ing the bits with themselves shifted, leave the bits where `run`
    /// set bits in a row begin: the covered length doubles, then tops up (6: 1, 2, 2; 3: 1, 1,
    /// 0). Worked out here, so the filter's loop holds no loop of its own.
    let shifts: (UInt32, UInt32, UInt32)
  }

  private let probes: [Probe]
  /// Positions reported a step: 64 less the longest run but one (57 for the built-in rule).
  private let step: Int
  /// The largest distance: the filter reads that far past a position.
  private let farthest: Int

  init(tests: [Test]) {
    var probes: [Probe] = []
    for test in tests {
      var steps: [UInt32] = []
      var covered = 1
      while covered < test.run {
        let step = min(covered, test.run - covered)
        steps.append(UInt32(step))
        covered += step
      }
      steps += [0, 0, 0]
      let distances = test.distances
      func at(_ index: Int) -> Int { distances[min(index, distances.count - 1)] }
      probes.append(
        Probe(
          distances: (at(0), at(1), at(2), at(3)), isSingle: distances.count == 1, shifts: (steps[0], steps[1], steps[2])))
    }
    farthest = tests.flatMap(\.distances).max() ?? 0
    self.probes = probes
    step = 65 - tests.reduce(1) { max($0, $1.run) }
  }

  /// Candidate byte positions, ascending (not all at character starts). Nil when the text
  /// holds a four-byte character, which the byte distances do not account for: the caller then
  /// takes the general path. With `mayHoldFourByteCharacters` false (the text known to hold none)
  /// the steps over the text do not test for them: 10 MB corpus, 29.3 -> 27.8 million instructions.
  func candidates(in text: UnsafeBufferPointer<UInt8>, mayHoldFourByteCharacters: Bool = true) -> [Int]? {
    guard let base = text.baseAddress.map(UnsafeRawPointer.init), !probes.isEmpty else { return [] }
    var found: [Int] = []
    // Room for the bench corpus's candidates (one in 200 bytes).
    found.reserveCapacity(text.count / 128 + 16)
    let (step, farthest) = (step, farthest)
    let fits = probes.withUnsafeBufferPointer { probes in
      // The text while a step's reads stay in it; then the rest, copied after padding of 0xFF.
      // 0xFF is no byte of UTF-8, so it equals no byte of the text: a run that reaches the
      // padding at either of its two places is no run, as one that runs past the text's end is
      // not, and the rest takes the same steps as the text instead of a position at a time
      // (every file ends this way: that was 9 of the filter's 58 million instructions on the
      // 10 MB corpus; with the longer steps and the cheaper four-byte test, 58 became 37).
      let inText = text.count - 64 - farthest
      var block = 0
      while block <= inText {
        guard
          Self.scanStep(
            base, at: block, offset: block, validCount: 64, testsFourByte: mayHoldFourByteCharacters, probes: probes,
            step: step, found: &found)
        else { return false }
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
            Self.scanStep(
              copy, at: tail, offset: block &+ tail, validCount: rest &- tail, testsFourByte: true, probes: probes,
              step: step, found: &found)
          else { return false }
          tail &+= step
        }
        return true
      }
    }
    return fits ? found : nil
  }

  /// One step: the candidates among the `step` positions from `at` (of the 64 bytes there and
  /// each probe's distance on), reported at `offset` more, of which the first `validCount` (if
  /// fewer than `step`) are text and the rest padding. False when a four-byte character starts
  /// in the step's text (tested only with `testsFourByte`).
  @inline(__always)
  private static func scanStep(
    _ base: UnsafeRawPointer, at block: Int, offset: Int, validCount: Int, testsFourByte: Bool,
    probes: UnsafeBufferPointer<Probe>, step: Int, found: inout [Int]
  ) -> Bool {
    // The first min(validCount, step) bits (at least one; a step may be all 64).
    let positions = UInt64.max &>> UInt64(64 &- min(validCount, step))
    let bytes = ByteMask.load64(base, block)
    // A lead byte F0–F7 (only F0–F4 occur in valid UTF-8). When all 64 bytes are text, in any of
    // them, which one compare of their largest answers (a third of the instructions of a mask);
    // else in the step's text, not in the padding.
    if !testsFourByte {
    } else if validCount >= 64 {
      let high = SIMD16<UInt8>(repeating: 0xF0)
      if ByteMask.bits(ByteMask.largest(bytes) & high .== high) != 0 { return false }
    } else if ByteMask.matching(bytes, mask: 0xF0, value: 0xF0) & positions != 0 {
      return false
    }
    var starts: UInt64 = 0
    for probe in probes {
      let distances = probe.distances
      var equal = ByteMask.equal(bytes, ByteMask.load64(base, block &+ distances.0))
      if !probe.isSingle {
        equal = ByteMask.orEqual(equal, bytes, ByteMask.load64(base, block &+ distances.1))
        equal = ByteMask.orEqual(equal, bytes, ByteMask.load64(base, block &+ distances.2))
        equal = ByteMask.orEqual(equal, bytes, ByteMask.load64(base, block &+ distances.3))
      }
      var run = ByteMask.combine(lanes: equal)
      run &= run &>> UInt64(probe.shifts.0)
      run &= run &>> UInt64(probe.shifts.1)
      run &= run &>> UInt64(probe.shifts.2)
      starts |= run
    }
    starts &= positions
    while starts != 0 {
      found.append(offset &+ starts.trailingZeroBitCount)
      starts &= starts &- 1
    }
    return true
  }
}
