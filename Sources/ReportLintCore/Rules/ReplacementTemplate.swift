import PCRE2

/// A fix template: `$0` the whole match, `$1`…`$9`, `${name}`, `$$` a literal dollar sign.
struct ReplacementTemplate: Sendable, Hashable {
  enum Segment: Sendable, Hashable {
    case text(String)
    case group(Int)
  }

  let segments: [Segment]

  enum ParseError: Error {
    case unknownGroup(String)
  }

  init(_ source: String, regex: Regex) throws(ParseError) {
    var segments: [Segment] = []
    var literal = ""
    var characters = Array(source)[...]
    while let character = characters.popFirst() {
      guard character == "$", let next = characters.first else {
        literal.append(character)
        continue
      }
      var group: Int?
      if next == "$" {
        characters.removeFirst()
        literal.append("$")
        continue
      } else if let digit = next.wholeNumberValue, next.isASCII {
        characters.removeFirst()
        group = digit
      } else if next == "{", let close = characters.firstIndex(of: "}") {
        let name = String(characters[characters.index(after: characters.startIndex)..<close])
        characters = characters[characters.index(after: close)...]
        group = Int(name) ?? regex.groupNumbers[name]
        if group == nil { throw .unknownGroup(name) }
      } else {
        literal.append(character)
        continue
      }
      guard let number = group, number <= regex.captureCount else {
        throw .unknownGroup(String(group ?? -1))
      }
      if !literal.isEmpty { segments.append(.text(literal)) }
      literal = ""
      segments.append(.group(number))
    }
    if !literal.isEmpty { segments.append(.text(literal)) }
    self.segments = segments
  }

  /// The replacement for `match` in `text`; a group that did not take part is empty.
  func expand(_ match: Match, in text: [UInt8]) -> String {
    // A fix of plain text (`%`, or nothing: a deletion) is that text, shared by every finding:
    // mapping and joining it cost some 450 instructions a finding (10 MB corpus: 3,400 of them).
    if segments.isEmpty { return "" }
    if segments.count == 1, case .text(let literal) = segments[0] { return literal }
    return segments.map { segment in
      switch segment {
      case .text(let literal): return literal
      case .group(let number):
        guard let range = match[group: number] else { return "" }
        return String(decoding: text[range], as: UTF8.self)
      }
    }.joined()
  }
}
