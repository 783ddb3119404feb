/// A format that can be written file by file, so a run over thousands of reports prints each
/// file's findings as soon as it is linted and lets its document go, instead of holding every
/// document until the end. The output is the same as `report(_:context:)`, which it provides.
///
/// Each part is appended to a byte buffer the caller owns and reuses, so writing a finding costs
/// no string building.
public protocol StreamingReporter: Reporter {
  /// What comes before the first file.
  func begin(context: ReportContext, into output: inout [UInt8])
  /// What goes before a file's part: one thing before the first, another between two files
  /// (the command writes each once and reuses it).
  func separator(beforeFirstFile: Bool, into output: inout [UInt8])
  /// One file's part, separator aside: it depends on no other file, so it can be written on the
  /// thread that linted the file, ahead of its turn.
  func file(_ report: FileReport, context: ReportContext, into output: inout [UInt8])
  /// What comes after the last file.
  func end(summary: LintSummary, context: ReportContext, into output: inout [UInt8])
}

extension StreamingReporter {
  /// One file's part with the separator before it.
  public func file(_ report: FileReport, index: Int, context: ReportContext, into output: inout [UInt8]) {
    separator(beforeFirstFile: index == 0, into: &output)
    file(report, context: context, into: &output)
  }

  public func report(_ files: [FileReport]) -> String {
    report(files, context: ReportContext(rules: []))
  }

  public func report(_ files: [FileReport], context: ReportContext) -> String {
    var output: [UInt8] = []
    begin(context: context, into: &output)
    for (index, file) in files.enumerated() { self.file(file, index: index, context: context, into: &output) }
    end(summary: LintSummary(files), context: context, into: &output)
    return String(decoding: output, as: UTF8.self)
  }
}
