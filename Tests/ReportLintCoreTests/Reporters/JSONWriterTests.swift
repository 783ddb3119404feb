import XCTest

@testable import ReportLintCore

/// The byte writer must print exactly what the string serializer it replaced printed.
final class JSONWriterTests: XCTestCase {
  /// The serializer reportlint used before `JSONWriter`, kept as the reference.
  enum LegacySerializer {
    static func serialized(_ value: JSONValue, indent: String = "") -> String {
      let inner = indent + "  "
      switch value {
      case .object(let fields):
        if fields.isEmpty { return "{}" }
        let body = fields.map { "\(inner)\(quote($0.0)): \(serialized($0.1, indent: inner))" }
        return "{\n" + body.joined(separator: ",\n") + "\n\(indent)}"
      case .array(let items):
        if items.isEmpty { return "[]" }
        return "[\n" + items.map { inner + serialized($0, indent: inner) }.joined(separator: ",\n") + "\n\(indent)]"
      case .string(let text): return quote(text)
      case .int(let number): return String(number)
      case .bool(let flag): return flag ? "true" : "false"
      case .null: return "null"
      }
    }

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

  static let trickyStrings: [String] = [
    "", "plain", "布署→部署", "\"quoted\"", "back\\slash", "\\\"", "line\nbreak", "cr\r\nlf", "tab\t",
    String((0..<0x20).map { Character(Unicode.Scalar($0)!) }), "\u{7F}", "\u{80}", "\u{2028}\u{2029}",
    "😀𠀀", "e\u{301}", "👨‍👩‍👧", "\u{FEFF}", "\u{FFFD}", "end\\",
  ]

  // Control characters, quotes, backslashes, line and paragraph separators, non-BMP scalars.
  func testStringsMatchTheLegacySerializer() {
    for text in Self.trickyStrings {
      XCTAssertEqual(JSONValue.string(text).serialized(), LegacySerializer.quote(text), text.debugDescription)
    }
  }

  // Random strings short and long enough to be read 16 and 64 bytes at a time (and the last 16
  // again), with the characters that need escaping, and bytes near them (0x1F/0x20, 0x21/0x23,
  // 0x5B/0x5D), at every position.
  func testRandomStringsMatchTheLegacySerializer() {
    var generator = SystemRandomNumberGenerator()
    let alphabet: [Character] = ["\"", "\\", "\n", "\u{1F}", " ", "!", "#", "[", "]", "a", "部", "😀", "\u{7F}"]
    for _ in 0..<3000 {
      let text = String((0..<Int.random(in: 0..<160, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! })
      XCTAssertEqual(JSONValue.string(text).serialized(), LegacySerializer.quote(text), text.debugDescription)
    }
  }

  func testEscapesAsLiteralBytes() {
    XCTAssertEqual(JSONValue.string("a\"b\\c\n\r\t\u{01}\u{1F}\u{2028}😀").serialized(),
      #""a\"b\\c\n\r\t\u0001\u001f"# + "\u{2028}😀\"")
    XCTAssertEqual(JSONValue.int(-42).serialized(), "-42")
    XCTAssertEqual(JSONValue.int(Int.min).serialized(), String(Int.min))
  }

  // Nesting, empty containers, key escaping and indents, on random trees.
  func testTreesMatchTheLegacySerializer() {
    var generator = SystemRandomNumberGenerator()
    func randomValue(depth: Int) -> JSONValue {
      switch Int.random(in: 0..<(depth > 3 ? 4 : 7), using: &generator) {
      case 0: return .string(Self.trickyStrings.randomElement(using: &generator)!)
      case 1: return .int(Int.random(in: -1_000_000...1_000_000, using: &generator))
      case 2: return .bool(Bool.random(using: &generator))
      case 3: return .null
      case 4, 5:
        return .object((0..<Int.random(in: 0..<4, using: &generator)).map { _ in
          (Self.trickyStrings.randomElement(using: &generator)!, randomValue(depth: depth + 1))
        })
      default:
        return .array((0..<Int.random(in: 0..<4, using: &generator)).map { _ in randomValue(depth: depth + 1) })
      }
    }
    for _ in 0..<500 {
      let value = randomValue(depth: 0)
      XCTAssertEqual(value.serialized(), LegacySerializer.serialized(value))
      XCTAssertEqual(value.serialized(indent: "    "), LegacySerializer.serialized(value, indent: "    "))
    }
  }

  // Into an empty buffer the writer writes straight into the new array, moving to storage of
  // its own when the value outgrows the capacity given; after other bytes, through its own
  // buffer. Both give the serializer's bytes, whether the value fits or not.
  func testWritesIntoEmptyAndFilledBuffersAlike() {
    let value = JSONValue.object((0..<40).map { ("key \($0)", .array([.string(Self.trickyStrings[$0 % Self.trickyStrings.count]), .int($0)])) })
    let expected = Array(LegacySerializer.serialized(value).utf8)
    for capacity in [1, 16, 100, expected.count - 1, expected.count, expected.count + 1, 4096] {
      var empty: [UInt8] = []
      JSONWriter.write(into: &empty, capacity: capacity) { value.write(to: &$0) }
      XCTAssertEqual(empty, expected, "capacity \(capacity)")
      var filled: [UInt8] = [UInt8(ascii: "x")]
      JSONWriter.write(into: &filled, capacity: capacity) { value.write(to: &$0) }
      XCTAssertEqual(filled, [UInt8(ascii: "x")] + expected, "capacity \(capacity)")
    }
  }

  // The text of a finding is copied from the document's bytes; a range that cuts a character is
  // still repaired as `String` repairs it.
  func testFindingTextIsCopiedOrRepaired() {
    let document = Document(path: "a.txt", string: "布署\"x\"\n")
    for range in [0..<6, 6..<9, 1..<6, 0..<4] {
      let diagnostic = Diagnostic(ruleID: "r.x", severity: .error, message: "m", range: range)
      let report = FileReport(
        path: "a.txt", source: .utf8, diagnostics: [diagnostic], problems: [], document: document)
      let output = JSONReporter().report([report])
      XCTAssertTrue(
        output.contains("\"text\": \(LegacySerializer.quote(document.string(range)))\n"), "\(range): \(output)")
    }
  }
}
