/// A format that can be written file by file, so a run over thousands of reports prints each
/// file's findings as soon as it is linted and lets its document go, instead of holding every
/// document until the end. The output is the same as `report(_:context:)`, which it provides.
public protocol StreamingReporter: Reporter {
  /// What comes before the first file.
  func begin(context: ReportContext) -> String
  /// One file's part; `index` counts files from 0 (formats with separators need it).
  func file(_ report: FileReport, index: Int, context: ReportContext) -> String
  /// What comes after the last file.
  func end(summary: LintSummary, context: ReportContext) -> String
}

extension StreamingReporter {
  public func report(_ files: [FileReport]) -> String {
    report(files, context: ReportContext(rules: []))
  }

  public func report(_ files: [FileReport], context: ReportContext) -> String {
    begin(context: context)
      + files.enumerated().map { file($0.element, index: $0.offset, context: context) }.joined()
      + end(summary: LintSummary(files), context: context)
  }
}
