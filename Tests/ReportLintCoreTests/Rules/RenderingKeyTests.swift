import XCTest

@testable import ReportLintCore

/// Rendered messages are kept by a key packed from what fixes them: a joined run's forms, a
/// match's bytes. Two runs (or matches) must share a key exactly when they have the same forms
/// in the same order (the same bytes), and what the key cannot hold must still get its own
/// message, unkept.
final class RenderingKeyTests: XCTestCase {
  static func run(_ forms: [Int]) -> ArraySlice<LiteralMatcher.Hit> {
    ArraySlice(forms.enumerated().map { LiteralMatcher.Hit(range: 3 * $0.offset..<3 * $0.offset + 3, pattern: $0.element) })
  }

  func testKeysTellRunsApart() {
    var generator = SystemRandomNumberGenerator()
    var runs: [[Int]] = [[0], [0, 0], [1, 0], [0, 1], [65_533], [0, 65_533], Array(repeating: 3, count: 16)]
    for _ in 0..<2_000 {
      runs.append((0..<Int.random(in: 1...16, using: &generator)).map { _ in Int.random(in: 0..<12, using: &generator) })
    }
    var seen: [RenderingKey: [Int]] = [:]
    for forms in runs {
      let key = try! XCTUnwrap(RenderingKey(forms: Self.run(forms)), "\(forms)")
      if let other = seen.updateValue(forms, forKey: key) { XCTAssertEqual(other, forms) }
    }
    XCTAssertNil(RenderingKey(forms: Self.run(Array(repeating: 1, count: 17))))
    XCTAssertNil(RenderingKey(forms: Self.run([2, 65_535])))
  }

  func testRunsTooLongToKeepGetTheirOwnMessage() throws {
    let rule = try makeRule(
      """
      kind: substitution
      message: "“{match}”应为“{replacement}”"
      description: 测试。
      join: true
      swap: {"１": "1", "２": "2"}
      examples: {invalid: ["１"]}
      """)
    let sixteen = String(repeating: "１２", count: 8)
    let seventeen = sixteen + "１"
    let document = Document(path: "t.txt", string: "\(seventeen)，\(sixteen)，\(seventeen)２，\(seventeen)")
    let found = try rule.check(document, context: LintContext())
    let expected = [seventeen, sixteen, seventeen + "２", seventeen].map { wrong in
      let right = wrong.replacingOccurrences(of: "１", with: "1").replacingOccurrences(of: "２", with: "2")
      return "“\(wrong)”应为“\(right)” \(right)"
    }
    XCTAssertEqual(found.map { "\($0.message) \($0.fix?.edits[0].replacement ?? "")" }, expected)
  }

  func testKeysTellBytesApart() {
    var generator = SystemRandomNumberGenerator()
    // Bytes that end in zeros, and prefixes of one another.
    var texts: [[UInt8]] = [[], [0], [0, 0], [0x41], [0x41, 0], Array(repeating: 0, count: 31), Array(repeating: 7, count: 31)]
    for _ in 0..<2_000 {
      texts.append((0..<Int.random(in: 0...31, using: &generator)).map { _ in UInt8.random(in: 0...2, using: &generator) })
    }
    var seen: [RenderingKey: [UInt8]] = [:]
    for bytes in texts {
      // Placed after other bytes, so the key reads from the range's start.
      let text = [9, 9] + bytes + [9]
      let key = try! XCTUnwrap(RenderingKey(bytes: 2..<2 + bytes.count, of: text), "\(bytes)")
      if let other = seen.updateValue(bytes, forKey: key) { XCTAssertEqual(other, bytes) }
    }
    XCTAssertNil(RenderingKey(bytes: 0..<32, of: Array(repeating: 1, count: 40)))
  }

  func testPatternMessagesKeptByMatchAreThoseRendered() throws {
    // Its message is `{match}`: kept by the matched bytes.
    let rule = try makePatternRule("[０-９]+")
    var generator = SystemRandomNumberGenerator()
    let digits = Array("０１２３４５６７８９")
    for _ in 0..<20 {
      // Numbers of 1 to 14 full-width digits (3 bytes each: up to 31 bytes kept, longer not).
      let numbers = (0..<30).map { _ in
        String((0..<Int.random(in: 1...14, using: &generator)).map { _ in digits[Int.random(in: 0..<3, using: &generator)] })
      }
      let document = Document(path: "t.txt", string: numbers.joined(separator: "，"))
      let found = try rule.check(document, context: LintContext())
      XCTAssertEqual(found.map(\.message), numbers)
    }
  }
}
