import XCTest

@testable import ReportLintCore

/// A joined run's message and fix are kept by a key packed from its forms: two runs must share
/// a key exactly when they have the same forms in the same order, and a run the key cannot hold
/// (over 16 forms) must still get its own message and fix, unkept.
final class JoinedRunMessagesTests: XCTestCase {
  static func run(_ forms: [Int]) -> ArraySlice<LiteralMatcher.Hit> {
    ArraySlice(forms.enumerated().map { LiteralMatcher.Hit(range: 3 * $0.offset..<3 * $0.offset + 3, pattern: $0.element) })
  }

  func testKeysTellRunsApart() {
    var generator = SystemRandomNumberGenerator()
    var runs: [[Int]] = [[0], [0, 0], [1, 0], [0, 1], [65_533], [0, 65_533], Array(repeating: 3, count: 16)]
    for _ in 0..<2_000 {
      runs.append((0..<Int.random(in: 1...16, using: &generator)).map { _ in Int.random(in: 0..<12, using: &generator) })
    }
    var seen: [JoinedRunMessages.Key: [Int]] = [:]
    for forms in runs {
      let key = try! XCTUnwrap(JoinedRunMessages.key(Self.run(forms)), "\(forms)")
      if let other = seen.updateValue(forms, forKey: key) { XCTAssertEqual(other, forms) }
    }
    XCTAssertNil(JoinedRunMessages.key(Self.run(Array(repeating: 1, count: 17))))
    XCTAssertNil(JoinedRunMessages.key(Self.run([2, 65_535])))
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
}
