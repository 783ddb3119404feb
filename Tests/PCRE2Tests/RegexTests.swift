import XCTest

@testable import PCRE2

final class RegexTests: XCTestCase {
  // Offsets are UTF-8 bytes: each of these Han characters is three bytes.
  func testOffsetsAreUTF8Bytes() throws {
    let regex = try Regex("部署")
    XCTAssertEqual(try regex.matches(in: "按照统一部署").map(\.range), [12..<18])
  }

  // JIT and interpreter agree, including on UCP classes (full-width digits are \d under UCP).
  func testJITAndInterpreterAgree() throws {
    let subject = "共有１２３名干部，45个支部。"
    let jit = try Regex(#"\d+"#, jit: true)
    let interpreted = try Regex(#"\d+"#, jit: false)
    XCTAssertFalse(interpreted.isJITCompiled)
    XCTAssertEqual(try jit.matches(in: subject), try interpreted.matches(in: subject))
    XCTAssertEqual(try jit.matches(in: subject).count, 2)
  }

  // A start bound: no match starts after it, JIT or not; the copied context keeps its limits.
  func testOffsetLimitBoundsMatchStarts() throws {
    let subject = Array("甲乙甲乙甲".utf8)
    for jit in [true, false] {
      let regex = try Regex("甲(?=乙)?", options: [.utf, .ucp, .offsetLimit], jit: jit)
      let context = MatchContext(copying: .shared)
      context.limitStarts(to: 6)
      XCTAssertEqual(try regex.matches(in: subject, context: context).map(\.range), [0..<3, 6..<9])
      context.limitStarts(to: nil)
      XCTAssertEqual(try regex.matches(in: subject, context: context).count, 3)
    }
  }

  // A catastrophic pattern stops with a limit error instead of hanging.
  func testMatchLimitStopsBacktracking() throws {
    let subject = String(repeating: "a", count: 40) + "b"
    for jit in [true, false] {
      let regex = try Regex("(a+)+$", jit: jit)
      let context = MatchContext(limits: MatchLimits(matchLimit: 10_000, depthLimit: 1_000))
      XCTAssertThrowsError(try regex.matches(in: subject, context: context)) { error in
        XCTAssertTrue((error as? PCRE2Error)?.isLimit == true, "\(error)")
      }
    }
  }

  // A compile error carries the library's message and the offset in the pattern.
  func testCompileErrorCarriesOffset() {
    XCTAssertThrowsError(try Regex("汉字(未闭合")) { error in
      let error = error as! PCRE2Error
      XCTAssertEqual(error.kind, .compile(offset: 16))
      XCTAssertTrue(error.message.contains("missing closing parenthesis"), error.message)
    }
  }

  // Named groups map to their numbers; unset groups come back nil.
  func testNamedAndUnsetGroups() throws {
    let regex = try Regex("(?<year>\\d{4})年(?:(\\d+)月)?")
    XCTAssertEqual(regex.groupNumbers["year"], 1)
    let match = try XCTUnwrap(try regex.matches(in: "2024年").first)
    XCTAssertEqual(match[group: 1], 0..<4)
    XCTAssertNil(match[group: 2])
  }

  // Empty matches advance one character, never one byte into a character, and never loop.
  func testEmptyMatchesAdvanceByCharacter() throws {
    let regex = try Regex("(?=部)|x*")
    let ranges = try regex.matches(in: "统一部署").map(\.range)
    XCTAssertTrue(ranges.allSatisfy { $0.lowerBound % 3 == 0 }, "\(ranges)")
    XCTAssertTrue(ranges.contains(6..<6))
  }

  // With ANYCRLF newlines, $ matches before CRLF, so rules behave the same on Windows files.
  func testDollarMatchesBeforeCRLF() throws {
    let regex = try Regex("。$", options: [.utf, .ucp, .multiline])
    XCTAssertEqual(try regex.matches(in: "第一行。\r\n第二行").map(\.range), [9..<12])
  }

  // One compiled regex is used from many threads at once.
  func testConcurrentUse() throws {
    let regex = try Regex("部署")
    let subject = Array(String(repeating: "统一部署，", count: 200).utf8)
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      XCTAssertEqual(try? regex.matches(in: subject).count, 200)
    }
  }
}
