/// A message with `{name}` placeholders, parsed once when the rule loads.
public struct MessageTemplate: Sendable, Hashable {
  enum Segment: Sendable, Hashable {
    case text(String)
    case placeholder(String)
  }

  let segments: [Segment]
  public let source: String

  public init(_ source: String) {
    self.source = source
    let segments =
      Self.eachScalarIsACharacter(source) ? Self.segmentsByScalars(source) : Self.segmentsByCharacters(source)
    self.segments = segments
  }

  /// `{name}` placeholders (a name of letters, digits, `_` and `-`) and the text between them,
  /// read character by character: the definition.
  static func segmentsByCharacters(_ source: String) -> [Segment] {
    var segments: [Segment] = []
    var literal = ""
    var rest = Substring(source)
    while let open = rest.firstIndex(of: "{") {
      if let close = rest[open...].firstIndex(of: "}"),
        rest[rest.index(after: open)..<close].allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" || $0 == "-" }),
        rest.index(after: open) < close
      {
        literal += rest[..<open]
        if !literal.isEmpty { segments.append(.text(literal)) }
        literal = ""
        segments.append(.placeholder(String(rest[rest.index(after: open)..<close])))
        rest = rest[rest.index(after: close)...]
      } else {
        literal += rest[...open]
        rest = rest[rest.index(after: open)...]
      }
    }
    literal += rest
    if !literal.isEmpty { segments.append(.text(literal)) }
    return segments
  }

  /// The same read scalar by scalar, for a text whose every scalar is a character of its own
  /// (`eachScalarIsACharacter`), where `Character.isLetter` and `isNumber` are its scalar's
  /// properties: stepping through the text grapheme by grapheme took 39,000 instructions a message.
  static func segmentsByScalars(_ source: String) -> [Segment] {
    // On the UTF-8 bytes: the braces are ASCII, so a brace byte is a brace scalar.
    let bytes = Array(source.utf8)
    func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
    var segments: [Segment] = []
    var literalStart = 0
    var rest = 0
    while let open = bytes[rest...].firstIndex(of: UInt8(ascii: "{")) {
      if let close = bytes[open...].firstIndex(of: UInt8(ascii: "}")),
        text((open + 1)..<close).unicodeScalars.allSatisfy({
          $0.properties.isAlphabetic || $0.properties.numericType != nil || $0 == "_" || $0 == "-"
        }),
        open + 1 < close
      {
        if literalStart < open { segments.append(.text(text(literalStart..<open))) }
        segments.append(.placeholder(text((open + 1)..<close)))
        rest = close + 1
        literalStart = rest
      } else {
        rest = open + 1
      }
    }
    if literalStart < bytes.count { segments.append(.text(text(literalStart..<bytes.count))) }
    return segments
  }

  /// Whether every scalar of `text` stands alone as a character: printable ASCII, CJK ideographs
  /// and the CJK, full-width and general punctuation and arrows messages use, none of which joins
  /// a neighbour in a grapheme cluster (combining marks, joiners, Hangul and the rest are left out).
  static func eachScalarIsACharacter(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { scalar in
      switch scalar.value {
      case 0x20...0x7E, 0x4E00...0x9FFF, 0x3000...0x3029, 0x3030...0x303F, 0xFF01...0xFF9D, 0x2010...0x2027,
        0x2030...0x205E, 0x2190...0x21FF:
        return true
      default:
        return false
      }
    }
  }

  /// The placeholder names the message uses.
  public var placeholders: [String] {
    segments.compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } }
  }

  /// Fills `{replacement}` with `replacement` and the other placeholders from `resolve`: a
  /// finding's message beside the fix it offers.
  public func render(replacement: String?, _ resolve: (String) -> String?) -> String {
    render { name in name == "replacement" ? replacement : resolve(name) }
  }

  /// Fills the placeholders; one the resolver does not know is left as written.
  public func render(_ resolve: (String) -> String?) -> String {
    // A message without placeholders is its one text: shared, not copied, by every finding.
    if segments.count == 1, case .text(let text) = segments[0] { return text }
    // Each piece resolved once, then all copied into a string of their total length, made once:
    // appending piece by piece checked room and uniqueness at every piece (String.append, 340
    // instructions each; 10 MB: 3,700 messages of three to five pieces).
    return withUnsafeTemporaryAllocation(of: String.self, capacity: segments.count) { pieces in
      var length = 0
      for (index, segment) in segments.enumerated() {
        let piece: String
        switch segment {
        case .text(let text): piece = text
        case .placeholder(let name): piece = resolve(name) ?? "{\(name)}"
        }
        length += piece.utf8.count
        pieces.initializeElement(at: index, to: piece)
      }
      defer { pieces.deinitialize() }
      return String(unsafeUninitializedCapacity: length) { message in
        var written = 0
        for index in pieces.indices {
          // In place: a copy of the piece would be retained and released.
          pieces[index].withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            (message.baseAddress! + written).initialize(from: base, count: bytes.count)
            written += bytes.count
          }
        }
        return written
      }
    }
  }

  /// Fails when the message uses a placeholder the rule kind cannot fill.
  func validate(known: (String) -> Bool, fields: YAMLFields) throws(RuleLoadError) {
    if let unknown = placeholders.first(where: { !known($0) }) {
      throw fields.error("message uses “{\(unknown)}”, which this rule kind does not provide")
    }
  }
}
