/// What `fix` did to one file: the fixes applied, what still remains, and whether the file was
/// written.
public struct FileFix: Sendable {
  public var path: String
  /// `nil` when the file could not be read (the reason is in `report.problems`).
  public var outcome: FixOutcome?
  /// The findings left in the fixed text.
  public var report: FileReport
  /// Set when the fixed text could not be written; the file is then as it was.
  public var writeError: WriteError?
  /// Whether the file on disk was replaced.
  public var written: Bool

  public init(path: String, outcome: FixOutcome?, report: FileReport, writeError: WriteError? = nil, written: Bool = false) {
    self.path = path
    self.outcome = outcome
    self.report = report
    self.writeError = writeError
    self.written = written
  }
}
