/// `--format text`: `path:line:column: severity: message [rule]`, the source line, and a caret
/// line under the exact span, aligned for double-width Chinese characters.
public struct TextReporter: StreamingReporter {
  public static let identifier = "text"
  public var color: Bool
  /// Characters of context shown on each side of a finding.
  static let context = 24

  public init(color: Bool = false) {
    self.color = color
  }

  public func begin(context: ReportContext) -> String { "" }

  public func file(_ report: FileReport, index: Int, context: ReportContext) -> String {
    report.located.map { entry($0, report.document!) }.joined()
  }

  public func end(summary: LintSummary, context: ReportContext) -> String {
    let findings = summary.errors + summary.warnings + summary.infos
    if findings == 0 { return "检查了 \(summary.files) 个文件，未发现问题。\n" }
    return "检查了 \(summary.files) 个文件：\(paint("\(summary.errors) 个错误", "31"))，"
      + "\(paint("\(summary.warnings) 个警告", "33"))，\(summary.infos) 条提示。\n"
  }

  private func entry(_ located: LocatedDiagnostic, _ document: Document) -> String {
    let diagnostic = located.diagnostic
    let severityColor = diagnostic.severity == .error ? "31" : diagnostic.severity == .warning ? "33" : "36"
    var text = "\(paint("\(document.path):\(located.start.line):\(located.start.column)", "1")): "
    text += "\(paint(diagnostic.severity.label, severityColor)): \(diagnostic.message) [\(diagnostic.ruleID)]\n"
    // A finding that must not be printed (a leak) gets no source excerpt: the line around it
    // would show the value, and the other values of the line.
    if diagnostic.shownText != nil { return text }
    let line = document.lineIndex.contentRange(ofLine: located.start.line)
    let spanStart = min(max(diagnostic.range.lowerBound, line.lowerBound), line.upperBound)
    let spanEnd = max(spanStart, min(diagnostic.range.upperBound, line.upperBound))
    // Report paragraphs are often one long line: show a window around the span, not the line.
    var before = document.string(line.lowerBound..<spanStart)
    var after = document.string(spanEnd..<line.upperBound)
    if before.count > Self.context { before = "…" + before.suffix(Self.context) }
    if after.count > Self.context { after = after.prefix(Self.context) + "…" }
    let span = document.string(spanStart..<spanEnd)
    let pad = String(repeating: " ", count: DisplayWidth.of(before))
    let carets = String(repeating: "^", count: max(1, DisplayWidth.of(span)))
    text += "  \(before)\(span)\(after)\n  \(pad)\(paint(carets, severityColor))"
    if let fix = diagnostic.fix, fix.edits.count == 1 {
      let replacement = fix.edits[0].replacement
      let advice = replacement.isEmpty ? "删去" : "改为“\(replacement)”"
      text += fix.isSafe ? " 可自动修复：\(advice)" : " 建议\(advice)"
    }
    return text + "\n"
  }

  private func paint(_ text: String, _ code: String) -> String {
    color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
  }
}
