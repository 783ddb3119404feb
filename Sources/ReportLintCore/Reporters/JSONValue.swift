/// A JSON value whose objects keep their key order, so output follows the documented contract
/// field by field and is byte-for-byte deterministic. For output assembled once (SARIF, the
/// baseline, the redaction map); per-finding output streams through `JSONWriter` directly.
public indirect enum JSONValue: Sendable, Hashable {
  case object([(String, JSONValue)])
  case array([JSONValue])
  case string(String)
  case int(Int)
  case bool(Bool)
  case null

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool { lhs.serialized() == rhs.serialized() }
  public func hash(into hasher: inout Hasher) { hasher.combine(serialized()) }

  /// Pretty-printed with two-space indents; `indent` begins every line after the first.
  public func serialized(indent: String = "") -> String {
    var bytes: [UInt8] = []
    JSONWriter.write(into: &bytes, indent: Array(indent.utf8)) { write(to: &$0) }
    return String(decoding: bytes, as: UTF8.self)
  }

  func write(to json: inout JSONWriter) {
    switch self {
    case .object(let fields):
      json.beginObject()
      for (key, value) in fields {
        json.key(text: key)
        value.write(to: &json)
      }
      json.endObject()
    case .array(let items):
      json.beginArray()
      for item in items {
        json.item()
        item.write(to: &json)
      }
      json.endArray()
    case .string(let text): json.string(text)
    case .int(let number): json.int(number)
    case .bool(let flag): json.bool(flag)
    case .null: json.null()
    }
  }
}
