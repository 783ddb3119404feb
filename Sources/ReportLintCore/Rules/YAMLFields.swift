import PrecomposedYAML
import Yams

/// Reads the keys of one YAML mapping strictly: every read is typed, errors carry the line, and
/// `unusedKeys` names what no reader asked for, so misspelt keys are caught.
final class YAMLFields {
  /// Parses a YAML document without resolving tags: every plain scalar stays text, and `bool`
  /// and `int` read their own values. Yams resolves tags with regular expressions
  /// (NSRegularExpression) against every plain string; its default resolver's seven took a third
  /// of the time it takes to load the built-in packs, and even the boolean and integer rules
  /// alone took a tenth. The encoding is given: Yams' default reads the whole process
  /// environment, once per file parsed.
  static func compose(_ yaml: String) throws -> Node? {
    try Yams.compose(yaml: yaml, .basic, constructor, .utf8)
  }

  /// A tree composed at build time (`PrecomposedYAML`), with the tags `compose` gives.
  static func node(precomposed tree: String) -> Node {
    PrecomposedYAML.decode(tree, resolver: .basic, constructor: constructor)
  }

  /// Made once: `Constructor.default` builds its tables again at every call (13,600 instructions).
  private static let constructor = Constructor.default

  /// YAML 1.1's booleans, as Yams' rule for the `bool` tag spells them.
  private static let booleans: [String: Bool] = [
    "yes": true, "Yes": true, "YES": true, "true": true, "True": true, "TRUE": true, "on": true, "On": true,
    "ON": true, "no": false, "No": false, "NO": false, "false": false, "False": false, "FALSE": false,
    "off": false, "Off": false, "OFF": false,
  ]

  let file: String
  let node: Node
  /// The mapping's keys and values, in file order, apart: finding a key then compares strings
  /// without copying each entry's node.
  private let keys: [String]
  private let values: [Node]
  /// Which entries a reader asked for, by index.
  private var used: [Bool]

  init(file: String, node: Node) throws(RuleLoadError) {
    self.file = file
    self.node = node
    guard let mapping = node.mapping else {
      throw RuleLoadError(file: file, line: Self.line(of: node), message: "expected a mapping of keys")
    }
    // By index: iterating a mapping copies all its pairs first.
    var keys: [String] = []
    var values: [Node] = []
    keys.reserveCapacity(mapping.count)
    values.reserveCapacity(mapping.count)
    for index in mapping.indices {
      let (key, value) = mapping[index]
      // A scalar key's text taken directly: `Node.string` (Yams' `String.construct`) looks for a
      // merge mapping first and copies the node, 530 instructions a key, 0.4 million at a start.
      let name: String
      if case .scalar(let scalar) = key {
        name = scalar.string
      } else if let text = key.string {
        name = text
      } else {
        throw RuleLoadError(file: file, line: Self.line(of: key), message: "keys must be text")
      }
      keys.append(name)
      values.append(value)
    }
    self.keys = keys
    self.values = values
    used = Array(repeating: false, count: keys.count)
  }

  static func line(of node: Node) -> Int? { node.mark.map { $0.line } }

  var line: Int? { Self.line(of: node) }

  func has(_ key: String) -> Bool { keys.contains(key) }

  func value(_ key: String) -> Node? {
    var found: Node?
    for index in keys.indices where keys[index] == key {
      used[index] = true
      if found == nil { found = values[index] }
    }
    return found
  }

  func error(_ message: String, at node: Node? = nil) -> RuleLoadError {
    RuleLoadError(file: file, line: node.flatMap(Self.line(of:)) ?? line, message: message)
  }

  func string(_ key: String) throws(RuleLoadError) -> String? {
    guard let node = value(key) else { return nil }
    guard let text = node.scalar?.string else { throw error("“\(key)” must be text", at: node) }
    return text
  }

  func requiredString(_ key: String) throws(RuleLoadError) -> String {
    guard let text = try string(key), !text.isEmpty else { throw error("missing “\(key)”") }
    return text
  }

  /// One of an enumeration's raw values; `fallback` when the key is absent (nil: required).
  func choice<T: RawRepresentable & CaseIterable>(_ key: String, fallback: T? = nil) throws(RuleLoadError) -> T
  where T.RawValue == String {
    guard let text = try string(key) else {
      if let fallback { return fallback }
      throw error("missing “\(key)”")
    }
    guard let value = T(rawValue: text) else {
      throw error(
        "\(key) “\(text)” is not one of \(T.allCases.map(\.rawValue).joined(separator: ", "))", at: value(key))
    }
    return value
  }

  func bool(_ key: String) throws(RuleLoadError) -> Bool? {
    guard let node = value(key) else { return nil }
    // Only a plain scalar: a quoted 'true' is text, as it is to a YAML 1.1 resolver.
    guard let scalar = node.scalar, scalar.style == .plain, let flag = Self.booleans[scalar.string] else {
      throw error("“\(key)” must be true or false", at: node)
    }
    return flag
  }

  func int(_ key: String) throws(RuleLoadError) -> Int? {
    guard let node = value(key) else { return nil }
    guard let number = Self.plainDecimal(node) ?? node.int else { throw error("“\(key)” must be a whole number", at: node) }
    return number
  }

  /// A plain scalar of up to 18 decimal digits without a leading zero (or `0`), the common case,
  /// read as `Node.int` reads it but without its Foundation string replacing (48,000
  /// instructions a number); nil for anything else, which `Node.int` reads.
  static func plainDecimal(_ node: Node) -> Int? {
    guard let scalar = node.scalar, scalar.style == .plain || scalar.style == .any else { return nil }
    let digits = scalar.string.utf8
    guard (1...18).contains(digits.count), digits.allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
      digits.count == 1 || digits.first != UInt8(ascii: "0")
    else { return nil }
    return Int(scalar.string)
  }

  func strings(_ key: String) throws(RuleLoadError) -> [String]? {
    guard let node = value(key) else { return nil }
    return try Self.strings(node, key: key, fields: self)
  }

  static func strings(_ node: Node, key: String, fields: YAMLFields) throws(RuleLoadError) -> [String] {
    guard let sequence = node.sequence else {
      throw fields.error("“\(key)” must be a list", at: node)
    }
    var result: [String] = []
    for item in sequence {
      guard let text = item.scalar?.string else {
        throw fields.error("“\(key)” must be a list of texts", at: item)
      }
      result.append(text)
    }
    return result
  }

  /// A mapping of text to text, in file order, with the line of each entry.
  func stringPairs(_ key: String) throws(RuleLoadError) -> [(key: String, value: String, line: Int?)]? {
    guard let node = value(key) else { return nil }
    guard let mapping = node.mapping else { throw error("“\(key)” must be a mapping", at: node) }
    var pairs: [(key: String, value: String, line: Int?)] = []
    pairs.reserveCapacity(mapping.count)
    for index in mapping.indices {
      let (name, value) = mapping[index]
      guard let left = name.scalar?.string, let right = value.scalar?.string else {
        throw error("“\(key)” must map texts to texts", at: name)
      }
      pairs.append((left, right, Self.line(of: name)))
    }
    return pairs
  }

  /// Keys present in the mapping that no reader asked for.
  var unusedKeys: [(key: String, line: Int?)] {
    keys.indices.filter { !used[$0] }.map { (keys[$0], Self.line(of: values[$0])) }
  }
}
