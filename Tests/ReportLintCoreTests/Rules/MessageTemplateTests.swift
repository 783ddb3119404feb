import XCTest

@testable import ReportLintCore

/// Messages are read scalar by scalar when each scalar is a character of its own; that reading
/// must give exactly the segments the character-by-character definition gives.
final class MessageTemplateTests: XCTestCase {
  func testScalarReadingMatchesCharacterReading() throws {
    var messages = RulePackLoader.load([.builtin]).rules.map(\.descriptor.message.source)
    XCTAssertGreaterThan(messages.count, 50)
    XCTAssertTrue(messages.allSatisfy(MessageTemplate.eachScalarIsACharacter), "a built-in message reads slowly")
    let pieces = [
      "{", "}", "{match}", "{replacement}", "{2}", "{a-b_c}", "{}", "{ x}", "{中文}", "{１２}", "“", "”", "，", "文字", "abc",
      "-", "_", " ", "→", "…", "〇", "{{", "}}", "{match", "é", "e\u{301}", "{\u{301}", "\u{301}}", "{e\u{301}}", "ᄀ", "ᅡ",
      "🇨🇳", "\r\n", "\u{200D}",
    ]
    var generator = SystemRandomNumberGenerator()
    for _ in 0..<3000 {
      messages.append((0..<Int.random(in: 1...8, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }
    var fast = 0
    for message in messages {
      let template = MessageTemplate(message)
      XCTAssertEqual(template.segments, MessageTemplate.segmentsByCharacters(message), message.debugDescription)
      if MessageTemplate.eachScalarIsACharacter(message) {
        XCTAssertEqual(MessageTemplate.segmentsByScalars(message), template.segments, message.debugDescription)
        fast += 1
      }
    }
    XCTAssertGreaterThan(fast, 100)
  }

  // A message is rendered by copying its resolved pieces into one string made at their total
  // length: it must be the pieces joined, unknown placeholders left as written.
  func testRenderingJoinsThePieces() {
    var messages = RulePackLoader.load([.builtin]).rules.map(\.descriptor.message.source)
    messages += ["{match}", "{a}{b}", "前{a}后", "{unknown}说明", "", "纯文字", "{match}{match}{match}"]
    let values = ["", "x", "数字", "“１２３”", "e\u{301}", "🇨🇳", String(repeating: "长", count: 40), "{match}"]
    var generator = SystemRandomNumberGenerator()
    for message in messages {
      let template = MessageTemplate(message)
      for _ in 0..<20 {
        var resolved: [String: String?] = [:]
        let resolve = { (name: String) -> String? in
          if let known = resolved[name] { return known }
          let value = Bool.random(using: &generator) ? values.randomElement(using: &generator)! : nil
          resolved[name] = value
          return value
        }
        let rendered = template.render(resolve)
        let joined = template.segments.map { segment -> String in
          switch segment {
          case .text(let text): text
          case .placeholder(let name): resolve(name) ?? "{\(name)}"
          }
        }.joined()
        XCTAssertEqual(rendered, joined, message)
      }
    }
  }

  // Every scalar the fast reading admits is a character of its own beside any neighbour.
  func testAdmittedScalarsStandAlone() {
    let neighbours: [Unicode.Scalar] = ["a", "{", "}", "中", "\u{301}", "\u{200D}", "\u{1100}", "\u{1161}", "\u{1F1E8}"]
    for value in UInt32(0)..<0x1_0000 {
      guard let scalar = Unicode.Scalar(value), MessageTemplate.eachScalarIsACharacter(String(scalar)) else { continue }
      for neighbour in neighbours + [scalar] where MessageTemplate.eachScalarIsACharacter(String(neighbour)) {
        XCTAssertEqual("\(scalar)\(neighbour)".count, 2, "U+\(String(value, radix: 16))")
        XCTAssertEqual("\(neighbour)\(scalar)".count, 2, "U+\(String(value, radix: 16))")
      }
    }
  }
}
