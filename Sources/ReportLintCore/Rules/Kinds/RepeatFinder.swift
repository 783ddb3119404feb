/// Where words repeat in a text, for `RepetitionRule`: exactly what
/// `([doubled])\1|(word{min,max})\2` finds, leftmost first, longest run first, as (start, middle,
/// end) byte offsets of each repeat and of its second copy.
///
/// As a pattern, PCRE2 must try every run length at every character of every document. Here,
/// for Chinese text (no four-byte characters) and a rule whose characters are all of three bytes,
/// `RepeatByteFilter` finds candidates on the bytes (and the rule's literal hits its doubled
/// characters) and only they are decided; any other text goes
/// the general way: each character becomes a number (its UTF-8 bytes, read as one), and vector
/// compares — does the character `length` places on equal this one? — rule out eight positions
/// at a time.
///
/// A class, held by the rule: its methods' closures capture it by reference, where the rule (a
/// struct with its descriptor's dozen strings) was copied into them for every document.
final class RepeatFinder: Sendable {
  /// The `doubled` characters, as character keys (see `characterKeys`). An array: a handful of
  /// compares cost less than hashing the key into a set.
  let doubled: [UInt32]
  let word: ScalarClass
  let lengths: ClosedRange<Int>
  /// The byte filter when every repeat the rule can find is of three-byte characters (no doubled
  /// or word character below U+0800; a text with four-byte ones takes the general path): a word
  /// of n characters is 3n equal bytes 3n on, of which a test asks for the first 8, or 6 when
  /// its four word lengths start at two (one test for each four lengths of two or more); a word
  /// of one character is 3 equal bytes 3 on. Nil: the general path.
  let byteFilter: RepeatByteFilter?
  /// The doubled characters written twice (“的的”), when the byte filter leaves them to the
  /// rule's literal hits (`repeats(in:mayHoldFourByteCharacters:doubledStarts:)`): with words of
  /// two or more characters, a test of every byte for a doubled character found every 叠词 (常常,
  /// 天天) and was a third of the filter's vector work, for the few pairs the shared scan finds as
  /// it reads the text anyway. Empty when the filter tests for doubled characters itself (words of
  /// one character are doubled characters too) or there is no filter.
  let doubledPairs: [String]

  init(doubled doubledScalars: String.UnicodeScalarView, word: ScalarClass, lengths: ClosedRange<Int>) {
    doubled = doubledScalars.map(Self.key)
    self.word = word
    self.lengths = lengths
    if doubledScalars.allSatisfy({ (0x800..<0x10000).contains($0.value) }), !word.containsAny(below: 0x800) {
      // A word of one character is a doubled one: 3 equal bytes 3 on, as `doubled` asks; with
      // longer words only, the doubled characters come from the literal hits.
      var tests: [RepeatByteFilter.Test] = []
      if lengths.lowerBound == 1 {
        tests.append(RepeatByteFilter.Test(distance: 3, run: 3))
        doubledPairs = []
      } else {
        doubledPairs = doubledScalars.map { String(String.UnicodeScalarView([$0, $0])) }
      }
      let longer = lengths.filter { $0 > 1 }.map { 3 * $0 }
      for first in stride(from: 0, to: longer.count, by: 4) {
        // As long a run as the test's shortest word has bytes, up to the filter's 8: with the
        // built-in 3 to 6 characters, 8 rather than 6 left a quarter of the candidates (10 MB:
        // deciding them 4.6 -> 1.3 million instructions, the filter's steps 2% more).
        let distances = Array(longer[first..<min(first + 4, longer.count)])
        tests.append(RepeatByteFilter.Test(distances: distances, run: min(8, distances[0])))
      }
      byteFilter = RepeatByteFilter(tests: tests)
    } else {
      byteFilter = nil
      doubledPairs = []
    }
  }

  /// Every repeat in `text`, in order: where it starts, where its second copy starts, its end.
  /// `mayHoldFourByteCharacters` false when the text is known to hold none (the filter then
  /// does not look for them). `doubledStarts`: where each of `doubledPairs` starts in `text`,
  /// ascending (the rule's literal hits); read only on the byte filter's path.
  func repeats(
    in text: UnsafeBufferPointer<UInt8>, mayHoldFourByteCharacters: Bool, doubledStarts: [Int]
  ) -> [(start: Int, middle: Int, end: Int)] {
    var found: [(start: Int, middle: Int, end: Int)] = []
    if let candidates = byteFilter?.candidates(in: text, mayHoldFourByteCharacters: mayHoldFourByteCharacters) {
      let all = doubledStarts.isEmpty ? candidates : Self.merged(candidates, doubledStarts)
      checkCandidates(all, in: text) { found.append(($0, $1, $2)) }
    } else {
      checkEveryCharacter(text) { found.append(($0, $1, $2)) }
    }
    return found
  }

  /// Two ascending lists as one, each position once.
  private static func merged(_ left: [Int], _ right: [Int]) -> [Int] {
    var all: [Int] = []
    all.reserveCapacity(left.count + right.count)
    var (nextLeft, nextRight) = (0, 0)
    while nextLeft < left.count || nextRight < right.count {
      let takesLeft = nextRight == right.count || nextLeft < left.count && left[nextLeft] <= right[nextRight]
      let position = takesLeft ? left[nextLeft] : right[nextRight]
      if takesLeft { nextLeft += 1 } else { nextRight += 1 }
      if all.last != position { all.append(position) }
    }
    return all
  }

  /// The byte filter's candidates decided in order, on the bytes. Every character of a repeat
  /// the rule can find here is of three bytes (the filter runs only where the rule's characters
  /// all are, and gives up on a text with any four-byte character), so a repeat of n characters
  /// at a candidate is its 3n bytes followed by the same 3n, each three a character of the rule:
  /// what `repeatedLength` finds on the keys, tried in the same order. (Making the keys of the
  /// characters from each candidate first cost four times as much: 10 MB, 17 of 21 million
  /// instructions.)
  private func checkCandidates(
    _ candidates: [Int], in text: UnsafeBufferPointer<UInt8>, _ report: (Int, Int, Int) -> Void
  ) {
    var resume = 0
    for position in candidates where position >= resume {
      let length = repeatedLength(atByte: position, in: text)
      guard length > 0 else { continue }
      let middle = position + 3 * length
      resume = middle + 3 * length
      report(position, middle, resume)
    }
  }

  /// `repeatedLength` for the character at byte `position`, when every character it may find is
  /// of three bytes: 0 unless one starts there (the filter's candidates are any byte).
  @inline(__always)
  private func repeatedLength(atByte position: Int, in text: UnsafeBufferPointer<UInt8>) -> Int {
    guard text[position] & 0xF0 == 0xE0 else { return 0 }
    let room = (text.count - position) / 6
    guard room >= 1, let base = text.baseAddress.map(UnsafeRawPointer.init) else { return 0 }
    // A key is one load: three byte loads, shifts and ors took twice the instructions (10 MB
    // corpus: checkCandidates with the words it decides 7.9 -> 6.8 million). Room for two
    // characters leaves a fourth byte after the first (masked off); a later key, which may end
    // the text, is the top three of the four bytes from the one before it (in the text: the
    // first character's at least).
    let first = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt32.self)) & 0xFF_FFFF
    @inline(__always) func key(_ offset: Int) -> UInt32 {
      UInt32(littleEndian: base.loadUnaligned(fromByteOffset: offset &- 1, as: UInt32.self)) &>> 8
    }
    if key(position + 3) == first, doubled.contains(first) { return 1 }
    var length = min(lengths.upperBound, room)
    while length >= lengths.lowerBound {
      let second = position + 3 * length
      if key(second) == first, isRepeat(atByte: position, length: length, in: text) { return length }
      length -= 1
    }
    return 0
  }

  /// Whether the `length` three-byte characters of the rule's class at byte `position` are
  /// followed by the same bytes (its first character's already compared).
  private func isRepeat(atByte position: Int, length: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
    let second = position + 3 * length
    for offset in 3..<(3 * length) where text[position + offset] != text[second + offset] { return false }
    for character in stride(from: position, to: second, by: 3) {
      let lead = text[character]
      guard lead & 0xF0 == 0xE0 else { return false }
      let value = UInt32(lead & 0x0F) << 12 | UInt32(text[character + 1] & 0x3F) << 6 | UInt32(text[character + 2] & 0x3F)
      if !word.contains(value) { return false }
    }
    return true
  }

  /// The general path: every character a key, candidates ruled out eight at a time.
  private func checkEveryCharacter(_ text: UnsafeBufferPointer<UInt8>, _ report: (Int, Int, Int) -> Void) {
    let keys = Self.characterKeys(text)
    keys.withUnsafeBufferPointer { keys in
      // Byte offsets are needed only where a repeat is found: a cursor walks forward to them.
      var cursor = (index: 0, offset: 0)
      func offset(of index: Int) -> Int {
        while cursor.index < index {
          cursor.offset += UTF8Scalars.length(lead: UInt8(truncatingIfNeeded: keys[cursor.index]))
          cursor.index += 1
        }
        return cursor.offset
      }
      var index = 0
      while true {
        index = nextCandidate(from: index, in: keys)
        guard index < keys.count else { break }
        let length = repeatedLength(at: index, in: keys)
        guard length > 0 else {
          index += 1
          continue
        }
        // In order: the cursor only walks forward.
        report(offset(of: index), offset(of: index + length), offset(of: index + 2 * length))
        index += 2 * length
      }
    }
  }

  /// The first position from `start` on where a repeat may begin: where the character equals the
  /// next one (a doubled character), or it and the next equal the two a word length on. Eight
  /// positions are ruled out at a time; near the end every position is a candidate, and
  /// `repeatedLength` decides.
  @inline(__always)
  private func nextCandidate(from start: Int, in keys: UnsafeBufferPointer<UInt32>) -> Int {
    guard let base = keys.baseAddress.map(UnsafeRawPointer.init) else { return start }
    @inline(__always) func lanes(_ index: Int) -> SIMD8<UInt32> {
      base.loadUnaligned(fromByteOffset: index &* 4, as: SIMD8<UInt32>.self)
    }
    var index = start
    while index + lengths.upperBound + 9 <= keys.count {
      let here = lanes(index)
      let next = lanes(index + 1)
      var equal = here .== next
      // A word of two or more characters repeats only where its second character does too: the
      // second test makes chance equalities (a comma three characters on) rare candidates.
      for length in lengths {
        equal = equal .| (length == 1 ? here .== next : (here .== lanes(index + length)) .& (next .== lanes(index + length + 1)))
      }
      if any(equal) {
        for lane in 0..<8 where equal[lane] { return index + lane }
      }
      index += 8
    }
    return index
  }

  /// The length of the word that repeats at `index`, or 0.
  @inline(__always)
  private func repeatedLength(at index: Int, in keys: UnsafeBufferPointer<UInt32>) -> Int {
    let first = keys[index]
    let room = (keys.count - index) / 2
    if room >= 1, keys[index + 1] == first, doubled.contains(first) { return 1 }
    var length = min(lengths.upperBound, room)
    while length >= lengths.lowerBound {
      if keys[index + length] == first && isRepeat(at: index, length: length, in: keys) { return length }
      length -= 1
    }
    return 0
  }

  private func isRepeat(at index: Int, length: Int, in keys: UnsafeBufferPointer<UInt32>) -> Bool {
    for offset in 1..<length where keys[index + offset] != keys[index + length + offset] { return false }
    for offset in 0..<length where !word.contains(Self.scalar(ofKey: keys[index + offset])) { return false }
    return true
  }

  /// The key of a character: its UTF-8 bytes, the first in the lowest byte.
  private static func key(_ scalar: Unicode.Scalar) -> UInt32 {
    var key: UInt32 = 0
    for (position, byte) in scalar.utf8.enumerated() { key |= UInt32(byte) << (8 * position) }
    return key
  }

  /// The scalar value a key encodes.
  @inline(__always)
  private static func scalar(ofKey key: UInt32) -> UInt32 {
    withUnsafeBytes(of: key.littleEndian) { UTF8Scalars.decode($0.assumingMemoryBound(to: UInt8.self), at: 0).value }
  }

  /// One number a character, its key, equal for equal characters: its UTF-8 bytes read as a
  /// little-endian integer (1 to 4 bytes, so it fits). No decoding; the array is filled without
  /// growing, sized for one character a byte, or for a large text, by first counting the bytes
  /// that begin a character (a count that costs a third as much as the filling).
  static func characterKeys(_ text: UnsafeBufferPointer<UInt8>) -> [UInt32] {
    let capacity = text.count < 1 << 20 ? text.count : text.count - UTF8Scalars.continuationCount(UnsafeRawBufferPointer(text))
    return [UInt32](unsafeUninitializedCapacity: capacity) { keys, initialized in
      guard let base = text.baseAddress.map(UnsafeRawPointer.init), let out = keys.baseAddress else { return }
      // Counted in a local: the `inout` count lives in memory, and was loaded and stored for
      // every character.
      var count = 0
      var offset = 0
      // Eight bytes at a time while any character starting in them has four bytes to read: the
      // starts (bytes that are not 10xxxxxx) are found together, so no character waits for the
      // length of the one before it, as a walk from character to character does.
      while offset + 11 <= text.count {
        let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
        var starts = ~UTF8Scalars.continuationBits(word) & 0x8080_8080_8080_8080
        while starts != 0 {
          let position = offset &+ starts.trailingZeroBitCount &>> 3
          let length = UTF8Scalars.length(lead: text[position])
          let bytes = UInt32(littleEndian: base.loadUnaligned(fromByteOffset: position, as: UInt32.self))
          out[count] = bytes & (UInt32.max &>> (32 &- 8 &* length))
          count &+= 1
          starts &= starts &- 1
        }
        offset &+= 8
      }
      // The rest a character at a time, from the first that starts at or after `offset`.
      while offset < text.count && text[offset] & 0xC0 == 0x80 { offset += 1 }
      while offset < text.count {
        let (key, length) = key(at: offset, in: text)
        out[count] = key
        count += 1
        offset += length
      }
      initialized = count
    }
  }

  /// The key of the character starting at `offset`, read a byte at a time, and its length.
  @inline(__always)
  private static func key(at offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (key: UInt32, length: Int) {
    let length = UTF8Scalars.length(lead: text[offset])
    var key: UInt32 = 0
    for byte in 0..<length { key |= UInt32(text[offset + byte]) << (8 * byte) }
    return (key, length)
  }
}
