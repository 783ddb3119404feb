import CPCRE2
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

  // A start bound: no match starts after it, JIT or not; the next search on the thread, unbounded,
  // finds every match; a bounded search keeps the caller's limits.
  func testOffsetLimitBoundsMatchStarts() throws {
    let subject = Array("甲乙甲乙甲".utf8)
    for jit in [true, false] {
      let regex = try Regex("甲(?=乙)?", options: [.utf, .ucp, .offsetLimit], jit: jit)
      XCTAssertEqual(try starts(of: regex, in: subject, lastStart: 6), [0, 6])
      XCTAssertEqual(try starts(of: regex, in: subject), [0, 6, 12])
      XCTAssertEqual(try starts(of: regex, in: subject, lastStart: 5), [0])
      let catastrophic = try Regex("(a+)+$", options: [.utf, .ucp, .offsetLimit], jit: jit)
      let tight = MatchContext(limits: MatchLimits(matchLimit: 10_000, depthLimit: 1_000))
      // About 2^18 steps: within the default limits, so only the caller's tight ones stop it.
      let text = Array((String(repeating: "a", count: 18) + "b").utf8)
      XCTAssertNoThrow(
        try text.withUnsafeBufferPointer { try catastrophic.forEachMatch(in: $0, lastStart: 18) { _ in true } })
      XCTAssertThrowsError(
        try text.withUnsafeBufferPointer { try catastrophic.forEachMatch(in: $0, lastStart: 18, context: tight) { _ in true } }
      ) { error in XCTAssertTrue((error as? PCRE2Error)?.isLimit == true, "\(error)") }
      // A bound on a pattern compiled without .offsetLimit is an error, not a bound ignored.
      let unbounded = try Regex("甲", jit: jit)
      XCTAssertThrowsError(try starts(of: unbounded, in: subject, lastStart: 6)) { error in
        XCTAssertEqual((error as? PCRE2Error)?.code, PCRE2_ERROR_BADOFFSETLIMIT)
      }
    }
  }

  // Attempts at given starts: one each, a start inside the match before passed over, and a match
  // that would start after a start not found from it.
  func testAttemptsAtStarts() throws {
    let regex = try Regex("甲+|乙", options: [.utf, .ucp, .offsetLimit])
    let subject = Array("甲甲乙丙甲".utf8)
    func attempts(_ starts: [Int]) throws -> [Range<Int>] {
      var found: [Range<Int>] = []
      try subject.withUnsafeBufferPointer { buffer in
        try starts.withUnsafeBufferPointer { starts in
          try regex.forEachMatch(in: buffer, startingAt: starts, trustedUTF8: true) { found.append($0.range); return true }
        }
      }
      return found
    }
    XCTAssertEqual(try attempts([0, 3, 6, 12]), [0..<6, 6..<9, 12..<15])
    XCTAssertEqual(try attempts([3, 9]), [3..<6])  // 丙 at 9 starts nothing; 甲 at 12 is not tried
    XCTAssertEqual(try attempts([]), [])
  }

  // A subject not known to be valid UTF-8 is checked (by `pcre2_match`) before the JIT code runs
  // on it; a trusted one is not.
  func testUntrustedSubjectIsChecked() throws {
    let regex = try Regex("甲")
    XCTAssertTrue(regex.isJITCompiled)
    let broken: [UInt8] = Array("甲".utf8) + [0xE7, 0x94]
    XCTAssertThrowsError(try regex.matches(in: broken))
    let found = try broken.withUnsafeBufferPointer { try regex.firstMatch(in: $0, trustedUTF8: true) }
    XCTAssertEqual(found?.range, 0..<3)
  }

  /// Where the matches start; the subject is trusted, so the JIT code runs every attempt.
  private func starts(of regex: Regex, in subject: [UInt8], lastStart: Int? = nil) throws -> [Int] {
    var found: [Int] = []
    try subject.withUnsafeBufferPointer { buffer in
      try regex.forEachMatch(in: buffer, lastStart: lastStart, trustedUTF8: true) {
        found.append($0.range.lowerBound)
        return true
      }
    }
    return found
  }

  // Match data is kept by each thread between searches: a pattern with more groups than the last
  // one searched still gets all of them, and a search started from another's callback does not
  // disturb the one in progress (each finds its own matches and groups).
  func testSearchesReuseMatchDataSafely() throws {
    let pairs = try Regex("(甲)(乙)(丙)?")
    let single = try Regex("乙")
    let subject = Array("甲乙甲乙丙".utf8)
    XCTAssertEqual(try single.matches(in: subject).count, 2)
    XCTAssertEqual(try pairs.matches(in: subject).map(\.groups), [[0..<6, 0..<3, 3..<6, nil], [6..<15, 6..<9, 9..<12, 12..<15]])
    var outer: [[Range<Int>?]] = []
    var inner: [[Range<Int>?]] = []
    try subject.withUnsafeBufferPointer { buffer in
      try pairs.forEachMatch(in: buffer) { match in
        try single.forEachMatch(in: buffer) { inner.append($0.groups); return true }
        outer.append(match.groups)
        return true
      }
    }
    XCTAssertEqual(outer, [[0..<6, 0..<3, 3..<6, nil], [6..<15, 6..<9, 9..<12, 12..<15]])
    XCTAssertEqual(inner, [[3..<6], [9..<12], [3..<6], [9..<12]])
    // Bounded searches, one inside the other, each keep their own bound.
    let bounded = try Regex("甲", options: [.utf, .ucp, .offsetLimit])
    var outerStarts: [Int] = []
    var innerStarts: [Int] = []
    try subject.withUnsafeBufferPointer { buffer in
      try bounded.forEachMatch(in: buffer, lastStart: 12) { match in
        try bounded.forEachMatch(in: buffer, lastStart: 0) { innerStarts.append($0.range.lowerBound); return true }
        outerStarts.append(match.range.lowerBound)
        return true
      }
    }
    XCTAssertEqual(outerStarts, [0, 6])
    XCTAssertEqual(innerStarts, [0, 0])
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
