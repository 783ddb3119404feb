/// Where a run of three-byte characters may be followed by itself, found on the text's bytes
/// 48 positions a step, for texts whose repeats can only be of three-byte characters (Chinese:
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
    // Room for the bench corpus's candidates (one in 200 bytes) and the tail's positions.
    found.reserveCapacity(text.count / 128 + 128)
    var block = 0
    var fourByteCharacter = false
    tests.withUnsafeBufferPointer { tests in
      // 48 positions a step, from the equalities of 64: a run starting near a step's end
      // carries over into the 16 after it. (Sixteen a step cost twice the instructions.)
      while block &+ 64 &+ farthest <= text.count {
        let bytes = ByteMask.load64(base, block)
        // A lead byte F0–F7 (only F0–F4 occur in valid UTF-8), in the 48 positions of this step.
        if ByteMask.matching(bytes, mask: 0xF0, value: 0xF0) & 0xFFFF_FFFF_FFFF != 0 {
          fourByteCharacter = true
          return
        }
        var starts: UInt64 = 0
        for test in tests {
          var equal = ByteMask.equal(bytes, ByteMask.load64(base, block &+ test.distance))
          equal &= equal &>> UInt64(test.shifts.0)
          equal &= equal &>> UInt64(test.shifts.1)
          equal &= equal &>> UInt64(test.shifts.2)
          starts |= equal
        }
        starts &= 0xFFFF_FFFF_FFFF
        while starts != 0 {
          found.append(block &+ starts.trailingZeroBitCount)
          starts &= starts &- 1
        }
        block &+= 48
      }
    }
    if fourByteCharacter || text[block...].contains(where: { $0 & 0xF0 == 0xF0 }) { return nil }
    // The rest a position at a time, each test's run compared where it fits: plain loops, since
    // every file ends this way (closures here were a thirtieth of linting a one-line file).
    for position in block..<text.count {
      for test in tests where position + test.distance + test.run <= text.count {
        var offset = 0
        while offset < test.run && text[position + offset] == text[position + test.distance + offset] { offset += 1 }
        if offset == test.run {
          found.append(position)
          break
        }
      }
    }
    return found
  }
}
