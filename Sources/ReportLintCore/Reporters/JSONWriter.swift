/// Writes pretty-printed JSON straight into a byte buffer, in the one layout reportlint has always
/// printed: two-space indents, `"key": value`, `[]` and `{}` when empty, a comma at the end of
/// each line but the last; strings escape `"`, `\`, and control characters, and keep every other
/// character as is (UTF-8). Reporters stream findings through it instead of building a tree of
/// values and strings; `JSONValue` serializes through it too, so the two can never disagree.
struct JSONWriter: ~Copyable {
  private var bytes: ByteSink
  /// A line break, the indent of the value being written as a whole, then spaces enough for the
  /// 64 levels of nesting `open` allows: every new line is a prefix of it, copied in one piece.
  private let lineBreak: [UInt8]
  private let baseIndentLength: Int
  /// One bit per open object or array, the innermost lowest: whether it has an item yet. A bit
  /// stack instead of an array of flags: it is pushed, popped and read around every value.
  private var hasItems: UInt64 = 0
  private var depth = 0

  private init(baseIndent: [UInt8], bytes: consuming ByteSink) {
    self.bytes = bytes
    baseIndentLength = baseIndent.count
    // An indent of spaces (every reporter's) shares one line break made once: building it cost
    // 1,400 instructions, for every file.
    if baseIndent.count <= Self.spacedLineBreak.count - 129, !baseIndent.contains(where: { $0 != UInt8(ascii: " ") }) {
      lineBreak = Self.spacedLineBreak
      return
    }
    // Built in place: joining three arrays made two of them and a copy.
    var lineBreak = [UInt8]()
    lineBreak.reserveCapacity(1 + baseIndent.count + 128)
    lineBreak.append(UInt8(ascii: "\n"))
    lineBreak.append(contentsOf: baseIndent)
    lineBreak.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 128))
    self.lineBreak = lineBreak
  }

  /// A line break and spaces for an indent of up to 16 and the 64 levels of nesting after it.
  private static let spacedLineBreak = [UInt8(ascii: "\n")] + [UInt8](repeating: UInt8(ascii: " "), count: 16 + 128)

  /// Lets `body` write one value at the end of `output`, whose current line is indented by
  /// `indent`. The value is written into the writer's own buffer (of `capacity` bytes, growing
  /// when needed) and appended in one piece; into an empty `output`, straight into a new array
  /// of `capacity` bytes, copied only if it outgrows them.
  static func write(
    into output: inout [UInt8], indent: [UInt8] = [], capacity: Int = 4096, _ body: (inout JSONWriter) -> Void
  ) {
    guard output.isEmpty else {
      var writer = JSONWriter(baseIndent: indent, bytes: ByteSink(capacity: capacity))
      body(&writer)
      writer.bytes.finish(into: &output)
      return
    }
    // Each file's part of a streamed report is written into an empty array: appending the
    // finished bytes copied the whole report once more (7.5 million instructions of 660 on the
    // 10 MB corpus, most files fitting the reporter's estimate).
    var outgrown: [UInt8] = []
    output = [UInt8](unsafeUninitializedCapacity: max(16, capacity)) { storage, count in
      var writer = JSONWriter(baseIndent: indent, bytes: ByteSink(lent: storage))
      body(&writer)
      if writer.bytes.ownsStorage {
        writer.bytes.finish(into: &outgrown)
        count = 0
      } else {
        count = writer.bytes.count
      }
    }
    if !outgrown.isEmpty { output = outgrown }
  }

  mutating func beginObject() { open(UInt8(ascii: "{")) }
  mutating func endObject() { close(UInt8(ascii: "}")) }
  mutating func beginArray() { open(UInt8(ascii: "[")) }
  mutating func endArray() { close(UInt8(ascii: "]")) }

  /// Starts an object member named by a literal (every key of the reports); its value comes
  /// next. Copied as it is: such keys need no escaping.
  @inline(__always)
  mutating func key(_ name: StaticString) {
    // `newItem`, then the quoted name and `": `, with one test for room: a report has a key
    // every 30 bytes of output, and each piece's own test was a fifth of the key's cost.
    let lineLength = 1 + baseIndentLength + 2 * depth
    bytes.reserve(lineLength + name.utf8CodeUnitCount + 5)
    if hasItems & 1 != 0 { bytes.appendReserved(UInt8(ascii: ",")) }
    hasItems |= 1
    lineBreak.withUnsafeBufferPointer { bytes.appendReserved(UnsafeBufferPointer(rebasing: $0[..<lineLength])) }
    bytes.appendReserved(UInt8(ascii: "\""))
    bytes.appendReserved(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    let end: StaticString = "\": "
    bytes.appendReserved(UnsafeBufferPointer(start: end.utf8Start, count: end.utf8CodeUnitCount))
  }

  /// Starts an object member with a key made at run time; its value comes next.
  mutating func key(text name: String) {
    newItem()
    string(name)
    bytes.append(UInt8(ascii: ":"))
    bytes.append(UInt8(ascii: " "))
  }

  /// Literal bytes, read in place (a static array would be fetched and retained each time).
  @inline(__always)
  private mutating func append(_ literal: StaticString) { bytes.append(literal: literal) }

  /// Layout written as it is, for a value whose place (and so its indents) a reporter knows in
  /// advance: brackets, line breaks and keys of a whole object, opened and closed inside the
  /// literals, between `item()` and the next. The writer's own nesting does not change.
  @inline(__always)
  mutating func layout(_ literal: StaticString) { bytes.append(literal: literal) }

  /// Starts an array element; its value comes next.
  mutating func item() { newItem() }

  /// Inlined: a call for each of a report's strings (five a finding) cost 1.6 million
  /// instructions of 648 on the 10 MB corpus.
  @inline(__always)
  mutating func string(_ text: String) {
    // Native strings are contiguous UTF-8; only a bridged one needs copying.
    if text.utf8.withContiguousStorageIfAvailable({ string(utf8: $0) }) == nil {
      Array(text.utf8).withUnsafeBufferPointer { string(utf8: $0) }
    }
  }

  /// A string given as valid UTF-8 bytes (a slice of a document's text, without making a `String`).
  mutating func string(utf8 text: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    guard let base = text.baseAddress else {
      bytes.append(UInt8(ascii: "\""))
      return
    }
    let raw = UnsafeRawPointer(base)
    let count = text.count
    var runStart = 0
    /// Copies the run before each byte flagged in `special` (bits from `offset` on), then its escape.
    @inline(__always) func escape(_ special: UInt64, from offset: Int) {
      var special = special
      while special != 0 {
        let at = offset &+ special.trailingZeroBitCount
        bytes.append(UnsafeBufferPointer(rebasing: text[runStart..<at]))
        appendEscape(text[at])
        runStart = at &+ 1
        special &= special &- 1
      }
    }
    // By vector compares, the escapes found from the mask's bits: a finding's text runs to
    // hundreds of bytes, and eight bytes a step took a sixth of the JSON report. 64 bytes a
    // step, then 16, then the last 16 again (those already seen shifted off the mask).
    var index = 0
    while index + 64 <= count {
      escape(Self.needsEscaping(ByteMask.load64(raw, index)), from: index)
      index &+= 64
    }
    if count >= 16 {
      while index + 16 <= count {
        escape(UInt64(ByteMask.bits(Self.needsEscaping(raw.loadUnaligned(fromByteOffset: index, as: SIMD16<UInt8>.self)))), from: index)
        index &+= 16
      }
      if index < count {
        let last = count &- 16
        let special = UInt64(ByteMask.bits(Self.needsEscaping(raw.loadUnaligned(fromByteOffset: last, as: SIMD16<UInt8>.self))))
        let seen = UInt64(index &- last)
        escape((special >> seen) << seen, from: last)
      }
    } else {
      for index in 0..<count {
        let byte = text[index]
        if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { escape(1, from: index) }
      }
    }
    bytes.append(UnsafeBufferPointer(rebasing: text[runStart...]))
    bytes.append(UInt8(ascii: "\""))
  }

  /// Exactly the bytes of 16 that need escaping (below 0x20, a quote, a backslash).
  @_transparent
  private static func needsEscaping(_ vector: SIMD16<UInt8>) -> SIMDMask<SIMD16<Int8>> {
    vector & SIMD16(repeating: 0xE0) .== SIMD16(repeating: 0) .| vector .== SIMD16(repeating: UInt8(ascii: "\""))
      .| vector .== SIMD16(repeating: UInt8(ascii: "\\"))
  }

  /// The same of 64 bytes, as bits.
  @_transparent
  private static func needsEscaping(_ block: (SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>, SIMD16<UInt8>)) -> UInt64 {
    ByteMask.combine((needsEscaping(block.0), needsEscaping(block.1), needsEscaping(block.2), needsEscaping(block.3)))
  }

  mutating func int(_ number: Int) { bytes.appendDecimal(number) }
  mutating func bool(_ flag: Bool) { append(flag ? "true" : "false") }
  mutating func null() { append("null") }

  // MARK: - Layout

  private mutating func open(_ bracket: UInt8) {
    precondition(depth < 64, "JSON nested more than 64 levels deep")
    bytes.append(bracket)
    hasItems <<= 1
    depth += 1
  }

  private mutating func close(_ bracket: UInt8) {
    let hadItems = hasItems & 1 != 0
    hasItems >>= 1
    depth -= 1
    if hadItems { newLine() }
    bytes.append(bracket)
  }

  @inline(__always)
  private mutating func newItem() {
    if hasItems & 1 != 0 { bytes.append(UInt8(ascii: ",")) }
    hasItems |= 1
    newLine()
  }

  /// A line break and the indent of the innermost open container's items (or of its closing
  /// bracket, once it has been popped).
  @inline(__always)
  private mutating func newLine() {
    let length = 1 + baseIndentLength + 2 * depth
    lineBreak.withUnsafeBufferPointer { bytes.append(UnsafeBufferPointer(rebasing: $0[..<length])) }
  }

  private mutating func appendEscape(_ byte: UInt8) {
    bytes.append(UInt8(ascii: "\\"))
    switch byte {
    case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
    case UInt8(ascii: "\n"): bytes.append(UInt8(ascii: "n"))
    case UInt8(ascii: "\r"): bytes.append(UInt8(ascii: "r"))
    case UInt8(ascii: "\t"): bytes.append(UInt8(ascii: "t"))
    default:
      // \u00XX with lowercase hex digits, as `String(_:radix:)` wrote them.
      let hexDigits: StaticString = "0123456789abcdef"
      append("u00")
      bytes.append(hexDigits.utf8Start[Int(byte >> 4)])
      bytes.append(hexDigits.utf8Start[Int(byte & 0x0F)])
    }
  }
}
