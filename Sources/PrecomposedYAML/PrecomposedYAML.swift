import Yams

/// A Yams node tree written as one line of text when the binary is built, and read back when it
/// runs without parsing YAML: the built-in packs' files are composed by `rule-embedder`, so a run
/// does not compose them again (libyaml's events, Yams' duplicate-key check and its C-string
/// decoding took 45 of the 194 million instructions it took to lint one short file).
///
/// Each node is written as its kind (`s` scalar, `m` mapping, `q` sequence), its style's raw
/// value, `line,column,tagLength:tag`, then a scalar's `byteLength:bytes` (with `\`, line feed
/// and carriage return escaped as `\\`, `\n`, `\r`, so the text stays on one line) or a
/// collection's `count:` and its children (a mapping's as key, value, key, value…). Numbers are
/// decimal; lengths count the bytes as written.
public enum PrecomposedYAML {
  /// The text for `node`, or nil for a tree this format does not carry (an alias node, which a
  /// composed tree does not hold: Yams puts the anchored node in its place; a node without a
  /// mark; control characters other than tab, line feed and carriage return): such a file is
  /// composed when it is read.
  public static func encode(_ node: Node) -> String? {
    var output: [UInt8] = []
    guard write(node, into: &output) else { return nil }
    return String(decoding: output, as: UTF8.self)
  }

  /// The tree `encode` wrote, its tags given `resolver` and `constructor` as `Yams.compose` gives
  /// them its own.
  public static func decode(_ text: String, resolver: Resolver, constructor: Constructor) -> Node {
    var text = text
    return text.withUTF8 { bytes in
      var position = 0
      let node = read(bytes, at: &position, resolver: resolver, constructor: constructor)
      precondition(position == bytes.count, "precomposed YAML: text after the root node")
      return node
    }
  }

  // MARK: Writing

  private static func write(_ node: Node, into output: inout [UInt8]) -> Bool {
    switch node {
    case .scalar(let scalar):
      guard scalar.anchor == nil, let escaped = escape(scalar.string),
        writeHeader("s", scalar.style.rawValue, scalar.mark, scalar.tag, into: &output)
      else { return false }
      output += Array(String(escaped.count).utf8) + [colon] + escaped
      return true
    case .mapping(let mapping):
      guard mapping.anchor == nil, writeHeader("m", mapping.style.rawValue, mapping.mark, mapping.tag, into: &output)
      else { return false }
      output += Array(String(mapping.count).utf8) + [colon]
      return mapping.allSatisfy { write($0.key, into: &output) && write($0.value, into: &output) }
    case .sequence(let sequence):
      guard sequence.anchor == nil, writeHeader("q", sequence.style.rawValue, sequence.mark, sequence.tag, into: &output)
      else { return false }
      output += Array(String(sequence.count).utf8) + [colon]
      return sequence.allSatisfy { write($0, into: &output) }
    case .alias:
      return false
    }
  }

  private static func writeHeader(
    _ kind: Unicode.Scalar, _ style: UInt32, _ mark: Mark?, _ tag: Tag, into output: inout [UInt8]
  ) -> Bool {
    let name = Array(tag.description.utf8)  // the tag's name
    guard let mark, style < 10, name.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return false }
    output.append(UInt8(ascii: kind))
    output += Array("\(style)\(mark.line),\(mark.column),\(name.count):".utf8) + name
    return true
  }

  /// The bytes of `text` with `\`, line feed and carriage return escaped; nil when it holds
  /// another control character (a source file cannot carry it in a string literal as it is).
  private static func escape(_ text: String) -> [UInt8]? {
    var escaped: [UInt8] = []
    for byte in text.utf8 {
      switch byte {
      case backslash: escaped += [backslash, backslash]
      case lineFeed: escaped += [backslash, UInt8(ascii: "n")]
      case carriageReturn: escaped += [backslash, UInt8(ascii: "r")]
      case UInt8(ascii: "\t"): escaped.append(byte)
      case ..<0x20, 0x7F: return nil
      default: escaped.append(byte)
      }
    }
    return escaped
  }

  // MARK: Reading

  private static func read(
    _ bytes: UnsafeBufferPointer<UInt8>, at position: inout Int, resolver: Resolver, constructor: Constructor
  ) -> Node {
    let kind = bytes[position]
    let style = UInt32(bytes[position + 1] &- UInt8(ascii: "0"))
    position += 2
    let line = number(bytes, at: &position)
    let column = number(bytes, at: &position)
    let tagLength = number(bytes, at: &position)
    let tag = Tag(tagName(UnsafeBufferPointer(rebasing: bytes[position..<position + tagLength])), resolver, constructor)
    position += tagLength
    let mark = makeMark(line: line, column: column)
    let count = number(bytes, at: &position)
    switch kind {
    case UInt8(ascii: "s"):
      let text = unescape(UnsafeBufferPointer(rebasing: bytes[position..<position + count]))
      position += count
      return .scalar(Node.Scalar(text, tag, Node.Scalar.Style(rawValue: style)!, mark))
    case UInt8(ascii: "m"):
      var pairs: [(Node, Node)] = []
      pairs.reserveCapacity(count)
      for _ in 0..<count {
        let key = read(bytes, at: &position, resolver: resolver, constructor: constructor)
        pairs.append((key, read(bytes, at: &position, resolver: resolver, constructor: constructor)))
      }
      return .mapping(Node.Mapping(pairs, tag, Node.Mapping.Style(rawValue: style)!, mark))
    case UInt8(ascii: "q"):
      var nodes: [Node] = []
      nodes.reserveCapacity(count)
      for _ in 0..<count { nodes.append(read(bytes, at: &position, resolver: resolver, constructor: constructor)) }
      return .sequence(Node.Sequence(nodes, tag, Node.Sequence.Style(rawValue: style)!, mark))
    default:
      preconditionFailure("precomposed YAML: unknown node kind \(kind)")
    }
  }

  /// Yams makes its marks only inside; a mark is its two numbers, line then column, and the
  /// round-trip test of every built-in file compares the marks read back with those composed.
  private static func makeMark(line: Int, column: Int) -> Mark {
    unsafeBitCast((line, column), to: Mark.self)
  }

  /// A decimal number and the `,` or `:` after it.
  private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at position: inout Int) -> Int {
    var value = 0
    while case let digit = bytes[position] &- UInt8(ascii: "0"), digit < 10 {
      value = value * 10 + Int(digit)
      position += 1
    }
    position += 1
    return value
  }

  /// The implicit and `str` tags (nearly every node's) without making their names again.
  private static func tagName(_ bytes: UnsafeBufferPointer<UInt8>) -> Tag.Name {
    if bytes.isEmpty { return .implicit }
    // Compared byte by byte: `elementsEqual` took 500 to 1,000 instructions a node.
    if bytes.count == strTag.count {
      var index = 0
      while index < bytes.count && bytes[index] == strTag[index] { index += 1 }
      if index == bytes.count { return .str }
    }
    return Tag.Name(rawValue: String(decoding: bytes, as: UTF8.self))
  }

  private static func unescape(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard bytes.contains(backslash) else { return String(decoding: bytes, as: UTF8.self) }
    var plain: [UInt8] = []
    plain.reserveCapacity(bytes.count)
    var index = bytes.startIndex
    while index < bytes.endIndex {
      if bytes[index] == backslash {
        index += 1
        switch bytes[index] {
        case UInt8(ascii: "n"): plain.append(lineFeed)
        case UInt8(ascii: "r"): plain.append(carriageReturn)
        default: plain.append(bytes[index])
        }
      } else {
        plain.append(bytes[index])
      }
      index += 1
    }
    return String(decoding: plain, as: UTF8.self)
  }

  private static let strTag = Array(Tag.Name.str.rawValue.utf8)
  private static let colon = UInt8(ascii: ":")
  private static let backslash = UInt8(ascii: "\\")
  private static let lineFeed = UInt8(ascii: "\n")
  private static let carriageReturn = UInt8(ascii: "\r")
}
