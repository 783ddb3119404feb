extension Regex {
  /// The scalars below this limit (the Basic Multilingual Plane) are the ones
  /// ``basicPlaneScalarRanges()`` reads.
  public static let basicPlaneLimit: UInt32 = 0x1_0000

  /// The characters of the Basic Multilingual Plane this pattern matches on its own, as ascending
  /// ranges of scalar values that hold no surrogate (none has a character); nil when it matches
  /// anything but a single character. Found by one PCRE2 pass over every such character, so the
  /// answer is PCRE2's own Unicode tables' exactly. rule-embedder runs it at build time for the
  /// built-in packs' character classes; a run, for other packs'.
  public func basicPlaneScalarRanges() -> [ScalarRange]? {
    let subject = Self.allScalarsBelowLimit
    var ranges: [ScalarRange] = []
    /// Adds `values` (both ends characters), less the surrogates a run in the subject steps
    /// over, joined to the range before when it follows on.
    func add(_ values: ScalarRange) {
      if values.first < 0xD800 && values.last > 0xDFFF {
        add(ScalarRange(values.first, 0xD7FF))
        add(ScalarRange(0xE000, values.last))
      } else if let last = ranges.last, last.last + 1 == values.first {
        ranges[ranges.count - 1].last = values.last
      } else {
        ranges.append(values)
      }
    }
    var singleCharacters = true
    do {
      try subject.withUnsafeBufferPointer { buffer in
        if let runs = runsOfLoneProperty() {
          // A lone property matches single characters by its syntax: one match a run of them
          // instead of one a character (28,000 for \p{sc=Han}). The subject holds the scalars in
          // order, so a run is every value from its first character's to its last's.
          try runs.forEachMatch(in: buffer, trustedUTF8: true) { match in
            add(ScalarRange(Self.scalar(atOffset: match.range.lowerBound), Self.scalar(atOffset: match.range.upperBound - 1)))
            return true
          }
          return
        }
        try forEachMatch(in: buffer, trustedUTF8: true) { match in
          let value = Self.scalar(atOffset: match.range.lowerBound)
          guard match.range.count == Self.encodedLength(value) else {
            singleCharacters = false
            return false
          }
          add(ScalarRange(value, value))
          return true
        }
      }
    } catch {
      return nil
    }
    return singleCharacters ? ranges : nil
  }

  /// Where the one-byte, two-byte and three-byte characters of the subject begin.
  private static let twoByteStart = 0x80
  private static let threeByteStart = 0x80 + (0x800 - 0x80) * 2

  /// The scalar value of the character of `allScalarsBelowLimit` that holds byte `offset`: the
  /// subject's layout says it without decoding (each length's characters in order, the
  /// surrogates left out).
  static func scalar(atOffset offset: Int) -> UInt32 {
    if offset < twoByteStart { return UInt32(offset) }
    if offset < threeByteStart { return UInt32(0x80 + (offset - twoByteStart) / 2) }
    let value = UInt32(0x800 + (offset - threeByteStart) / 3)
    return value < 0xD800 ? value : value + 0x800
  }

  private static func encodedLength(_ value: UInt32) -> Int {
    value < 0x80 ? 1 : value < 0x800 ? 2 : 3
  }

  /// Every scalar below the limit (surrogates have none), in order, as UTF-8, encoded by hand,
  /// one loop for each length, into memory taken once: UTF8.encode per scalar took longer than
  /// the PCRE2 pass over the result, and appending byte by byte 2.5 million instructions (now
  /// 0.5 million).
  static var allScalarsBelowLimit: [UInt8] {
    let threeByteRanges: [Range<UInt32>] = [0x800..<0xD800, 0xE000..<basicPlaneLimit]
    let count = threeByteStart + threeByteRanges.reduce(0) { $0 + $1.count * 3 }
    return [UInt8](unsafeUninitializedCapacity: count) { buffer, initialized in
      var next = buffer.baseAddress!
      for value in UInt32(0)..<0x80 {
        next[0] = UInt8(truncatingIfNeeded: value)
        next += 1
      }
      for value in UInt32(0x80)..<0x800 {
        next[0] = UInt8(truncatingIfNeeded: 0xC0 | value >> 6)
        next[1] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
        next += 2
      }
      for range in threeByteRanges {
        for value in range {
          next[0] = UInt8(truncatingIfNeeded: 0xE0 | value >> 12)
          next[1] = UInt8(truncatingIfNeeded: 0x80 | value >> 6 & 0x3F)
          next[2] = UInt8(truncatingIfNeeded: 0x80 | value & 0x3F)
          next += 3
        }
      }
      initialized = next - buffer.baseAddress!
    }
  }

  /// `pattern+` when the pattern is a lone Unicode property (`\p{sc=Han}`, `\P{L}`), which
  /// matches exactly one character wherever it matches; nil for anything else. Not
  /// `(?:pattern)+`: a repeated group takes JIT stack for every repetition, and a run is 20,000
  /// characters long.
  private func runsOfLoneProperty() -> Regex? {
    let pattern = Array(self.pattern.utf8)
    guard pattern.count > 4, pattern[0] == UInt8(ascii: "\\"), pattern[1] == UInt8(ascii: "p") || pattern[1] == UInt8(ascii: "P"),
      pattern[2] == UInt8(ascii: "{"), pattern.last == UInt8(ascii: "}"),
      pattern[3..<(pattern.count - 1)].allSatisfy({ byte in
        (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) || (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte)
          || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "_")
          || byte == UInt8(ascii: "=") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "-")
      })
    else { return nil }
    return try? Regex(self.pattern + "+", options: [.utf, .ucp])
  }
}
