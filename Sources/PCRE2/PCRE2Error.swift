import CPCRE2

/// An error from PCRE2, carrying the library's own message.
public struct PCRE2Error: Error, Sendable, Equatable, CustomStringConvertible {
  public enum Kind: Sendable, Equatable {
    /// The pattern does not compile; `offset` is the byte offset in the pattern where it failed.
    case compile(offset: Int)
    /// The match limit was hit: the pattern backtracks too much on this text.
    case matchLimit
    /// The depth (backtracking memory) or heap limit was hit.
    case depthLimit
    /// The JIT stack overflowed: the pattern recurses too deeply on this text.
    case jitStackLimit
    /// Any other failure while matching.
    case match
  }

  public let kind: Kind
  /// The PCRE2 error code (negative for match errors, positive for compile errors).
  public let code: Int32
  /// The library's message for `code`.
  public let message: String

  public init(kind: Kind, code: Int32) {
    self.kind = kind
    self.code = code
    self.message = PCRE2Error.libraryMessage(for: code)
  }

  init(matchCode code: Int32) {
    let kind: Kind
    switch code {
    case PCRE2_ERROR_MATCHLIMIT: kind = .matchLimit
    case PCRE2_ERROR_DEPTHLIMIT, PCRE2_ERROR_HEAPLIMIT: kind = .depthLimit
    case PCRE2_ERROR_JIT_STACKLIMIT: kind = .jitStackLimit
    default: kind = .match
    }
    self.init(kind: kind, code: code)
  }

  /// True when the pattern gave up because of a resource limit, not because it is wrong.
  public var isLimit: Bool {
    switch kind {
    case .matchLimit, .depthLimit, .jitStackLimit: return true
    case .compile, .match: return false
    }
  }

  public var description: String {
    switch kind {
    case .compile(let offset): return "\(message) (at pattern offset \(offset))"
    default: return message
    }
  }

  static func libraryMessage(for code: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let length = pcre2_get_error_message_8(code, &buffer, buffer.count)
    guard length > 0 else { return "PCRE2 error \(code)" }
    return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
  }
}
