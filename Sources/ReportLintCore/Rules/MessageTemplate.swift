/// A message with `{name}` placeholders, parsed once when the rule loads.
public struct MessageTemplate: Sendable, Hashable {
  enum Segment: Sendable, Hashable {
    case text(String)
    case placeholder(String)
  }

  let segments: [Segment]
  public let source: String
  /// Room for a rendered message: its text's bytes and 24 for each placeholder's value, so most
  /// messages are rendered into one allocation (appending from empty grew each two or three
  /// times, for every finding).
  private let renderedCapacity: Int

  public init(_ source: String) {
    self.source = source
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
    self.segments = segments
    renderedCapacity = segments.reduce(0) { total, segment in
      switch segment {
      case .text(let text): total + text.utf8.count
      case .placeholder: total + 24
      }
    }
  }

  /// The placeholder names the message uses.
  public var placeholders: [String] {
    segments.compactMap { if case .placeholder(let name) = $0 { return name } else { return nil } }
  }

  /// Fills the placeholders; one the resolver does not know is left as written.
  public func render(_ resolve: (String) -> String?) -> String {
    // Appended in place: every finding renders its message, and mapping to an array of pieces
    // and joining them allocates twice.
    // A message without placeholders is its one text: shared, not copied, by every finding.
    if segments.count == 1, case .text(let text) = segments[0] { return text }
    var message = ""
    message.reserveCapacity(renderedCapacity)
    for segment in segments {
      switch segment {
      case .text(let text): message += text
      case .placeholder(let name):
        if let value = resolve(name) { message += value } else { message += "{\(name)}" }
      }
    }
    return message
  }

  /// Fails when the message uses a placeholder the rule kind cannot fill.
  func validate(known: (String) -> Bool, fields: YAMLFields) throws(RuleLoadError) {
    if let unknown = placeholders.first(where: { !known($0) }) {
      throw fields.error("message uses “{\(unknown)}”, which this rule kind does not provide")
    }
  }
}
