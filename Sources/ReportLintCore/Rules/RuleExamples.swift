/// The examples a rule carries; the test suite and `reportlint test-rules` run them.
public struct RuleExamples: Sendable, Hashable {
  public struct FixExample: Sendable, Hashable {
    public var before: String
    public var after: String
  }

  /// Texts that must raise nothing from the rule.
  public var valid: [String]
  /// Texts that must raise the rule; `↓` marks where a finding starts.
  public var invalid: [String]
  /// Applying the rule's fixes to `before` gives exactly `after`.
  public var fixes: [FixExample]

  public static let marker: Character = "↓"

  /// Where a descriptor's examples come from: read with the rule, or read from the rule file
  /// when asked for.
  enum Source: Sendable, Hashable {
    case read(RuleExamples)
    /// The whole rule file, whose `examples` the test suite checks: a built-in pack's.
    case deferred(file: String, contents: String)

    var examples: RuleExamples {
      switch self {
      case .read(let examples): return examples
      case .deferred(let file, let contents):
        do throws(RuleLoadError) {
          guard let node = try? YAMLFields.compose(contents) else {
            throw RuleLoadError(file: file, line: nil, message: "not valid YAML")
          }
          return try RuleExamples.read(from: YAMLFields(file: file, node: node))
        } catch {
          // The built-in packs' examples are all read and run by the test suite.
          fatalError("a built-in rule's examples do not load: \(error)")
        }
      }
    }
  }

  /// `contents` of a rule file with its top-level `examples` block (the `examples:` line and the
  /// indented, blank and comment lines after it) blanked out, line for line, so that everything
  /// else keeps its line; nil when it has no such block.
  static func withoutExamples(_ contents: String) -> String? {
    var text = contents
    let block = text.withUTF8 { bytes -> (start: Int, end: Int, lines: Int)? in
      let lineFeed = UInt8(ascii: "\n")
      func lineEnd(from start: Int) -> Int {
        var index = start
        while index < bytes.count && bytes[index] != lineFeed { index += 1 }
        return index
      }
      // Inside a top-level block: an indented, blank or comment line.
      func continuesBlock(_ start: Int) -> Bool {
        guard start < bytes.count else { return false }
        return [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "#"), lineFeed, UInt8(ascii: "\r")].contains(bytes[start])
      }
      var lineStart = 0
      while lineStart < bytes.count {
        if bytes[lineStart...].starts(with: "examples:".utf8) {
          var blockEnd = lineEnd(from: lineStart)
          var lines = 1
          while continuesBlock(blockEnd + 1) {
            blockEnd = lineEnd(from: blockEnd + 1)
            lines += 1
          }
          return (lineStart, blockEnd, lines)
        }
        lineStart = lineEnd(from: lineStart) + 1
      }
      return nil
    }
    guard let block else { return nil }
    // The kept parts are copied as they are, not decoded again.
    let utf8 = contents.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: block.start)
    let end = utf8.index(utf8.startIndex, offsetBy: block.end)
    // The block's last line feed is kept with the rest.
    return String(contents[..<start]) + String(repeating: "\n", count: block.lines - 1) + String(contents[end...])
  }

  public init(valid: [String] = [], invalid: [String] = [], fixes: [FixExample] = []) {
    self.valid = valid
    self.invalid = invalid
    self.fixes = fixes
  }

  static func read(from fields: YAMLFields) throws(RuleLoadError) -> RuleExamples {
    guard let node = fields.value("examples") else {
      throw fields.error("missing “examples” (every rule carries valid and invalid examples)")
    }
    let examples = try YAMLFields(file: fields.file, node: node)
    let valid = try examples.strings("valid") ?? []
    let invalid = try examples.strings("invalid") ?? []
    var fixes: [FixExample] = []
    if let list = examples.value("fixes") {
      guard let items = list.sequence else { throw examples.error("“fixes” must be a list", at: list) }
      for item in items {
        let pair = try YAMLFields(file: fields.file, node: item)
        fixes.append(
          FixExample(before: try pair.requiredString("before"), after: try pair.string("after") ?? ""))
        if let extra = pair.unusedKeys.first {
          throw pair.error("unknown key “\(extra.key)” in a fix example")
        }
      }
    }
    if let extra = examples.unusedKeys.first {
      throw examples.error("unknown key “\(extra.key)” in examples (valid, invalid, fixes)")
    }
    if invalid.isEmpty { throw fields.error("“examples” needs at least one invalid example") }
    return RuleExamples(valid: valid, invalid: invalid, fixes: fixes)
  }
}
