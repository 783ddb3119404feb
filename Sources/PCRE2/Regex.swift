import CPCRE2
import Synchronization

/// A compiled PCRE2 pattern over UTF-8 bytes, JIT-compiled where the platform allows.
///
/// Compile once and share: each thread matches into its own match data, so one `Regex` may be
/// used from many threads at once.
///
/// ```swift
/// let regex = try Regex(#"(?<=\p{Han}),(?=\p{Han})"#)
/// let ranges = try regex.matches(in: Array("部署,推进".utf8)).map(\.range)  // [6..<7]
/// ```
///
/// `@unchecked Sendable`: `pcre2_code` is immutable after compilation and JIT, and PCRE2 documents
/// it as safe to share between threads; the JIT code is added once, under `jitLock`, before the
/// first match is attempted, and `jitState` tells every later search, without the lock, that it
/// is there.
public final class Regex: @unchecked Sendable {
  let code: OpaquePointer
  /// The pattern as written.
  public let pattern: String
  /// The options it was compiled with.
  public let options: RegexOptions
  /// JIT compilation waits for the first match: most of a linter's patterns never run on a
  /// short file (their prefilter literals are not in it), and compiling all of them up front was
  /// 17 of the 248 million instructions it took to lint one. Every match still runs JIT code.
  private let wantsJIT: Bool
  /// 0 until JIT compilation was tried, then 1 when it compiled and 2 when it did not. Read on
  /// every search: an atomic load, where taking a lock each time made all threads meet on the
  /// patterns every document runs.
  private let jitState = Atomic<UInt8>(0)
  /// Held while compiling, so a pattern is compiled once.
  private let jitLock = Mutex<Void>(())
  /// Number of capture groups, not counting group 0.
  public let captureCount: Int
  /// Named groups and their numbers.
  public let groupNumbers: [String: Int]

  /// Compiles `pattern`.
  /// - Parameters:
  ///   - options: compile options; UTF and UCP by default.
  ///   - jit: try the JIT compiler (skipped silently where the platform has none).
  ///   - anyCRLF: treat CR, LF and CRLF as line ends, so `$` works on files with CRLF endings.
  public init(
    _ pattern: String, options: RegexOptions = .default, jit: Bool = true, anyCRLF: Bool = true
  ) throws(PCRE2Error) {
    let context = pcre2_compile_context_create_8(nil)
    defer { pcre2_compile_context_free_8(context) }
    if anyCRLF { pcre2_set_newline_8(context, UInt32(PCRE2_NEWLINE_ANYCRLF)) }

    var errorCode: Int32 = 0
    var errorOffset: Int = 0
    let compiled = pattern.withCString { cString in
      cString.withMemoryRebound(to: UInt8.self, capacity: pattern.utf8.count) { bytes in
        pcre2_compile_8(
          bytes, pattern.utf8.count, options.rawValue, &errorCode, &errorOffset, context)
      }
    }
    guard let compiled else {
      throw PCRE2Error(kind: .compile(offset: errorOffset), code: errorCode)
    }
    code = compiled
    self.pattern = pattern
    self.options = options
    wantsJIT = jit
    captureCount = Regex.info(compiled, PCRE2_INFO_CAPTURECOUNT)
    groupNumbers = Regex.names(compiled)
  }

  deinit { pcre2_code_free_8(code) }

  /// Whether the JIT compiled this pattern (matching falls back to the interpreter otherwise);
  /// compiles it if no match has yet.
  public var isJITCompiled: Bool { compileJITOnce() }

  /// JIT-compiles the pattern the first time any thread asks (every match asks first, so none
  /// runs while the JIT code is being added); whether it compiled.
  @discardableResult
  private func compileJITOnce() -> Bool {
    let known = jitState.load(ordering: .acquiring)
    if known != 0 { return known == 1 }
    return jitLock.withLock { _ in
      let tried = jitState.load(ordering: .acquiring)
      if tried != 0 { return tried == 1 }
      let compiled = wantsJIT && pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE) == 0
      jitState.store(compiled ? 1 : 2, ordering: .releasing)
      return compiled
    }
  }

  /// Calls `body` for each non-overlapping match in `subject[start...]`, in order, until it
  /// returns `false`. Offsets are UTF-8 byte offsets into `subject`. With `lastStart`, for a
  /// pattern compiled with ``RegexOptions/offsetLimit``, no match starts after that offset: the
  /// search stops there instead of scanning on.
  ///
  /// `subject` must be valid UTF-8 when the pattern was compiled with `.utf`: PCRE2 checks it on
  /// the first attempt (a pass over the whole subject) and not again for later attempts on it.
  /// Pass `trustedUTF8` when the caller already knows it is valid, to skip even that pass: a
  /// linter running a hundred patterns over one document would otherwise validate it a hundred
  /// times. Matching invalid UTF-8 this way is undefined behaviour in PCRE2.
  public func forEachMatch(
    in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0, lastStart: Int? = nil,
    context: MatchContext = .shared, trustedUTF8: Bool = false, _ body: (Match) throws -> Bool
  ) throws {
    let jit = compileJITOnce() && (lastStart == nil || self.options.contains(.offsetLimit))
    let groupCount = captureCount + 1
    let scratch = MatchScratch.take(pairs: groupCount)
    defer { scratch.giveBack() }
    let matchContext = lastStart.map { scratch.context(limits: context.limits, lastStart: $0) } ?? context.pointer
    let base = subject.baseAddress ?? UnsafePointer(bitPattern: 1)!
    var offset = start
    var options: UInt32 = 0
    var checked = trustedUTF8
    while offset <= subject.count {
      let result = attempt(
        base, subject.count, at: offset, options: options, checked: checked, jit: jit, scratch.data, matchContext)
      checked = true
      if result == PCRE2_ERROR_NOMATCH {
        // After an empty match we retried at the same offset demanding a non-empty one; none
        // exists there, so step over one character and search normally.
        guard options != 0 else { return }
        options = 0
        offset = Regex.nextCharacter(after: offset, in: subject)
        continue
      }
      if result < 0 { throw PCRE2Error(matchCode: result) }
      let match = Match(groups: scratch.groups(count: groupCount))
      guard try body(match) else { return }
      let range = match.range
      // An empty match must not be found again at the same place: retry there for a non-empty
      // match anchored at that offset (as pcre2demo does), then move on.
      options = range.isEmpty ? (PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED) : 0
      offset = range.upperBound
    }
  }

  /// Calls `body` for each match that starts at one of `starts` (ascending offsets into
  /// `subject`), in order, until it returns `false`; a start inside the match before it is
  /// skipped, as a search from left to right steps over it. For a pattern compiled with
  /// ``RegexOptions/offsetLimit``: each start is one attempt there, where a search would try every
  /// offset, so when no match starts elsewhere these are the matches a search of `subject` finds.
  /// `trustedUTF8` as for ``forEachMatch(in:from:lastStart:context:trustedUTF8:_:)``. (A buffer,
  /// not an array: callers gather the starts in a temporary allocation, on the stack.)
  public func forEachMatch(
    in subject: UnsafeBufferPointer<UInt8>, startingAt starts: UnsafeBufferPointer<Int>, context: MatchContext = .shared,
    trustedUTF8: Bool = false, _ body: (Match) throws -> Bool
  ) throws {
    precondition(self.options.contains(.offsetLimit), "attempts at given starts need PCRE2_USE_OFFSET_LIMIT")
    let jit = compileJITOnce()
    let groupCount = captureCount + 1
    let scratch = MatchScratch.take(pairs: groupCount)
    defer { scratch.giveBack() }
    let base = subject.baseAddress ?? UnsafePointer(bitPattern: 1)!
    var checked = trustedUTF8
    // Where the next attempt may start: past the last match, and past the last start tried.
    var next = 0
    for start in starts where start >= next {
      next = start + 1
      // No match may start after the start: the attempt is anchored there, and still runs the
      // JIT code (PCRE2_ANCHORED at match time would not).
      let matchContext = scratch.context(limits: context.limits, lastStart: start)
      var options: UInt32 = 0
      while true {
        let result = attempt(
          base, subject.count, at: start, options: options, checked: checked, jit: jit, scratch.data, matchContext)
        checked = true
        if result == PCRE2_ERROR_NOMATCH { break }
        if result < 0 { throw PCRE2Error(matchCode: result) }
        let match = Match(groups: scratch.groups(count: groupCount))
        guard try body(match) else { return }
        next = max(next, match.range.upperBound)
        // After an empty match, a non-empty one may still start there (as a search would try).
        guard match.range.isEmpty, options == 0 else { break }
        options = PCRE2_NOTEMPTY_ATSTART
      }
    }
  }

  /// One call of the matcher at `offset`: `pcre2_jit_match` when the JIT code may run it (the
  /// subject known to be valid UTF-8, no PCRE2_ANCHORED), which skips the checks `pcre2_match`
  /// makes before handing over to the same code — about 126 instructions a call, of some 600 a
  /// failed attempt takes (10 MB corpus, 61,000 calls); `pcre2_match` otherwise.
  private func attempt(
    _ subject: UnsafePointer<UInt8>, _ length: Int, at offset: Int, options: UInt32, checked: Bool, jit: Bool,
    _ data: OpaquePointer, _ context: OpaquePointer
  ) -> Int32 {
    if jit && checked && options & PCRE2_ANCHORED == 0 {
      return pcre2_jit_match_8(code, subject, length, offset, options, data, context)
    }
    return pcre2_match_8(code, subject, length, offset, options | (checked ? PCRE2_NO_UTF_CHECK : 0), data, context)
  }

  /// All non-overlapping matches in `subject`.
  public func matches(in subject: [UInt8], context: MatchContext = .shared) throws -> [Match] {
    var found: [Match] = []
    try subject.withUnsafeBufferPointer { buffer in
      try forEachMatch(in: buffer, context: context) { found.append($0); return true }
    }
    return found
  }

  /// All non-overlapping matches in a Swift string (a convenience for tests and small inputs).
  public func matches(in text: String, context: MatchContext = .shared) throws -> [Match] {
    try matches(in: Array(text.utf8), context: context)
  }

  /// The first match at or after `start`, or `nil`.
  public func firstMatch(
    in subject: UnsafeBufferPointer<UInt8>, from start: Int = 0, context: MatchContext = .shared,
    trustedUTF8: Bool = false
  ) throws -> Match? {
    var first: Match?
    try forEachMatch(in: subject, from: start, context: context, trustedUTF8: trustedUTF8) {
      first = $0
      return false
    }
    return first
  }

  static func nextCharacter(after offset: Int, in subject: UnsafeBufferPointer<UInt8>) -> Int {
    var next = offset + 1
    while next < subject.count, subject[next] & 0xC0 == 0x80 { next += 1 }
    return next
  }

  static func info(_ code: OpaquePointer, _ what: Int32) -> Int {
    var value: UInt32 = 0
    pcre2_pattern_info_8(code, UInt32(what), &value)
    return Int(value)
  }

  /// Reads the name table: each entry is a 2-byte big-endian group number, then the NUL-ended name.
  static func names(_ code: OpaquePointer) -> [String: Int] {
    let count = info(code, PCRE2_INFO_NAMECOUNT)
    guard count > 0 else { return [:] }
    let entrySize = info(code, PCRE2_INFO_NAMEENTRYSIZE)
    var table: UnsafePointer<UInt8>?
    pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
    guard let table else { return [:] }
    var names: [String: Int] = [:]
    for entry in 0..<count {
      let pointer = table + entry * entrySize
      let number = Int(pointer[0]) << 8 | Int(pointer[1])
      let nameBytes = UnsafeBufferPointer(start: pointer + 2, count: entrySize - 2)
      let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
      names[name] = number
    }
    return names
  }
}
