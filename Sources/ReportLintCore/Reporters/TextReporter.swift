/// `--format text`: `path:line:column: severity: message [rule]`, the source line, and a caret
/// line under the exact span, aligned for double-width Chinese characters.
public struct TextReporter: StreamingReporter {
  public static let identifier = "text"
  public var color: Bool
  /// Characters of context shown on each side of a finding.
  static let context = 24
  /// Marks a side of the excerpt where the line goes on.
  private static let ellipsis = "…"

  public init(color: Bool = false) {
    self.color = color
  }

  public func begin(context: ReportContext, into output: inout [UInt8]) {}

  public func separator(beforeFirstFile: Bool, into output: inout [UInt8]) {}

  public func file(_ report: FileReport, context: ReportContext, into output: inout [UInt8]) {
    for located in report.located { entry(located, into: &output) }
  }

  public func end(summary: LintSummary, context: ReportContext, into output: inout [UInt8]) {
    let findings = summary.errors + summary.warnings + summary.infos
    if findings == 0 {
      output.append(utf8: "检查了 \(summary.files) 个文件，未发现问题。\n")
      return
    }
    output.append(utf8: "检查了 \(summary.files) 个文件：")
    paint("31", &output) { $0.append(utf8: "\(summary.errors) 个错误") }
    output.append(utf8: "，")
    paint("33", &output) { $0.append(utf8: "\(summary.warnings) 个警告") }
    output.append(utf8: "，\(summary.infos) 条提示。\n")
  }

  private func entry(_ located: LocatedDiagnostic, into output: inout [UInt8]) {
    let diagnostic = located.diagnostic
    let document = located.document
    let severityColor = diagnostic.severity == .error ? "31" : diagnostic.severity == .warning ? "33" : "36"
    paint("1", &output) { output in
      output.append(utf8: document.path)
      output.append(UInt8(ascii: ":"))
      output.append(decimal: located.start.line)
      output.append(UInt8(ascii: ":"))
      output.append(decimal: located.start.column)
    }
    output.append(utf8: ": ")
    paint(severityColor, &output) { $0.append(utf8: diagnostic.severity.label) }
    output.append(utf8: ": ")
    output.append(utf8: diagnostic.message)
    output.append(utf8: " [")
    output.append(utf8: diagnostic.ruleID)
    output.append(utf8: "]\n")
    // A finding that must not be printed (a leak) gets no source excerpt: the line around it
    // would show the value, and the other values of the line.
    if diagnostic.shownText != nil { return }
    let line = document.lineIndex.contentRange(ofLine: located.start.line)
    let spanStart = min(max(diagnostic.range.lowerBound, line.lowerBound), line.upperBound)
    let spanEnd = max(spanStart, min(diagnostic.range.upperBound, line.upperBound))
    let span = document.text[spanStart..<spanEnd]
    if let window = ExcerptWindow.fast(document.text, line: line, span: spanStart..<spanEnd, limit: Self.context) {
      excerpt(window, span: span, severityColor, into: &output)
    } else {
      let window = ExcerptWindow.general(
        before: document.string(line.lowerBound..<spanStart), after: document.string(spanEnd..<line.upperBound),
        limit: Self.context)
      excerpt(window, span: ArraySlice(document.string(spanStart..<spanEnd).utf8), severityColor, into: &output)
    }
    if let fix = diagnostic.fix, fix.edits.count == 1 {
      let replacement = fix.edits[0].replacement
      let advice = replacement.isEmpty ? "删去" : "改为“\(replacement)”"
      output.append(utf8: fix.isSafe ? " 可自动修复：\(advice)" : " 建议\(advice)")
    }
    output.append(UInt8(ascii: "\n"))
  }

  /// `  before span after`, then a caret line under the span, indented by the display width of
  /// what comes before it.
  private func excerpt(
    _ window: ExcerptWindow, span: ArraySlice<UInt8>, _ severityColor: String, into output: inout [UInt8]
  ) {
    output.append(utf8: "  ")
    if window.beforeIsCut { output.append(utf8: Self.ellipsis) }
    output.append(contentsOf: window.before)
    output.append(contentsOf: span)
    output.append(contentsOf: window.after)
    if window.afterIsCut { output.append(utf8: Self.ellipsis) }
    output.append(utf8: "\n  ")
    let pad = (window.beforeIsCut ? DisplayWidth.of(Self.ellipsis) : 0) + DisplayWidth.of(utf8: window.before)
    output.append(UInt8(ascii: " "), count: pad)
    paint(severityColor, &output) { $0.append(UInt8(ascii: "^"), count: max(1, DisplayWidth.of(utf8: span))) }
  }

  private func paint(_ code: String, _ output: inout [UInt8], _ text: (inout [UInt8]) -> Void) {
    guard color else { return text(&output) }
    output.append(utf8: "\u{1B}[\(code)m")
    text(&output)
    output.append(utf8: "\u{1B}[0m")
  }
}
