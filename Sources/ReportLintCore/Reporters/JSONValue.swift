/// A JSON value whose objects keep their key order, so output follows the documented contract
/// field by field and is byte-for-byte deterministic.
public indirect enum JSONValue: Sendable, Hashable {
  case object([(String, JSONValue)])
  case array([JSONValue])
  case string(String)
  case int(Int)
  case bool(Bool)
  case null

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// Pretty-printed with two-space indents.
  public func serialized(indent: String = "") -> String {
    let inner = indent + "  "
    switch self {
    case .object(let fields):
      if fields.isEmpty { return "{}" }
      let body = fields.map { "\(inner)\(Self.quote($0.0)): \($0.1.serialized(indent: inner))" }
      return "{\n" + body.joined(separator: ",\n") + "\n\(indent)}"
    case .array(let items):
      if items.isEmpty { return "[]" }
      return "[\n" + items.map { inner + $0.serialized(indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
    case .string(let text): return Self.quote(text)
    case .int(let number): return String(number)
    case .bool(let flag): return flag ? "true" : "false"
    case .null: return "null"
    }
  }

  /// JSON string escaping; non-ASCII text is written as is (UTF-8), which every parser reads.
  static func quote(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case "\n": result += "\\n"
      case "\r": result += "\\r"
      case "\t": result += "\\t"
      case _ where scalar.value < 0x20:
        let hex = String(scalar.value, radix: 16)
        result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result + "\""
  }
}
