/// `kind: repetition` — a word written twice in a row by mistake: one of the `doubled`
/// characters twice (的的), or a run of `min-length`…`max-length` characters of the `word` class
/// followed by itself (进一步进一步). The fix keeps one copy.
///
/// It finds exactly what `([doubled])\1|(word{min,max})\2` finds, leftmost first, longest run
/// first. As a pattern, PCRE2 must try every run length at every character of every document;
/// here one comparison — does the character `length` places on equal this one? — rules out
/// nearly every position before any run is compared.
public struct RepetitionRule: Rule {
  public static let kind = "repetition"
  public let descriptor: RuleDescriptor
  let doubled: Set<UInt32>
  let word: ScalarClass
  let lengths: ClosedRange<Int>

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    doubled = Set((try fields.string("doubled") ?? "").unicodeScalars.map(\.value))
    let wordPattern = try fields.requiredString("word")
    guard let word = ScalarClass(try definition.compile(wordPattern, key: "word")) else {
      throw fields.error("“word” must match single characters, like \\p{sc=Han}: \(wordPattern)", at: fields.value("word"))
    }
    self.word = word
    let minimum = try fields.int("min-length") ?? 2
    let maximum = try fields.int("max-length") ?? minimum
    guard minimum >= 1, maximum >= minimum else {
      throw fields.error("“min-length” and “max-length” must be whole numbers with 1 ≤ min-length ≤ max-length")
    }
    lengths = minimum...maximum
    try descriptor.message.validate(known: { ["match", "replacement"].contains($0) }, fields: fields)
    try definition.rejectUnknownKeys()
  }

  public func check(_ document: Document, context: LintContext) throws -> [Diagnostic] {
    let (scalars, offsets) = document.text.withUnsafeBufferPointer(Self.scalars)
    var findings: [Diagnostic] = []
    scalars.withUnsafeBufferPointer { scalars in
      var index = 0
      while index < scalars.count {
        let length = repeatedLength(at: index, in: scalars)
        guard length > 0 else {
          index += 1
          continue
        }
        let range = offsets[index]..<offsets[index + 2 * length]
        let single = document.string(offsets[index]..<offsets[index + length])
        findings.append(
          diagnostic(range, values: { $0 == "match" ? document.string(range) : nil }, replacement: single))
        index += 2 * length
      }
    }
    return findings
  }

  /// The length of the word that repeats at `index`, or 0.
  @inline(__always)
  private func repeatedLength(at index: Int, in scalars: UnsafeBufferPointer<UInt32>) -> Int {
    let first = scalars[index]
    let room = (scalars.count - index) / 2
    if room >= 1, scalars[index + 1] == first, doubled.contains(first) { return 1 }
    var length = min(lengths.upperBound, room)
    while length >= lengths.lowerBound {
      // The one comparison that rules out nearly every position comes first.
      if scalars[index + length] == first && isRepeat(at: index, length: length, in: scalars) { return length }
      length -= 1
    }
    return 0
  }

  private func isRepeat(at index: Int, length: Int, in scalars: UnsafeBufferPointer<UInt32>) -> Bool {
    for offset in 1..<length where scalars[index + offset] != scalars[index + length + offset] { return false }
    for offset in 0..<length where !word.contains(scalars[index + offset]) { return false }
    return true
  }

  /// The document's scalar values, and the byte offset of each (plus the end).
  private static func scalars(_ text: UnsafeBufferPointer<UInt8>) -> ([UInt32], [Int]) {
    var scalars: [UInt32] = []
    var offsets: [Int] = []
    scalars.reserveCapacity(text.count / 2)
    offsets.reserveCapacity(text.count / 2 + 1)
    var offset = 0
    while offset < text.count {
      let (value, length) = UTF8Scalars.decode(text, at: offset)
      scalars.append(value)
      offsets.append(offset)
      offset += length
    }
    offsets.append(offset)
    return (scalars, offsets)
  }
}
