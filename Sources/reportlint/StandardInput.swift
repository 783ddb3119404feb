import Foundation
import ReportLintCore

/// The document given on standard input (`--stdin`). When it comes from a pipe or a file it is
/// read before the rules load, so a run over a short text loads them for little text
/// (`LintSession`'s `littleText`); from a terminal it is read after, as it always was, so an
/// error in the rules shows before the run waits for typing.
struct StandardInput {
  /// Read already (not a terminal), or nil until `bytes()`.
  private let early: [UInt8]?

  init() {
    early = isatty(STDIN_FILENO) == 0 ? Self.readAll() : nil
  }

  /// Whether the text, read already, is shorter than `LintSession.littleTextLimit`.
  var isLittleText: Bool { early.map { $0.count < LintSession.littleTextLimit } ?? false }

  func bytes() -> [UInt8] { early ?? Self.readAll() }

  private static func readAll() -> [UInt8] { [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
}
