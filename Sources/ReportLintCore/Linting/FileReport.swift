/// The outcome for one file: its findings, or why it could not be linted.
public struct FileReport: Sendable {
  public var path: String
  /// `nil` when the file could not be read.
  public var source: SourceEncoding?
  public var diagnostics: [Diagnostic]
  /// Problems that are not findings (unreadable file, a rule that gave up): shown on stderr.
  public var problems: [String]
  /// The document, kept so reporters can show the source line and derive positions.
  public var document: Document?

  public init(
    path: String, source: SourceEncoding?, diagnostics: [Diagnostic], problems: [String],
    document: Document?
  ) {
    self.path = path
    self.source = source
    self.diagnostics = diagnostics
    self.problems = problems
    self.document = document
  }

  public static func failed(_ path: String, _ problem: String) -> FileReport {
    FileReport(path: path, source: nil, diagnostics: [], problems: [problem], document: nil)
  }
}
