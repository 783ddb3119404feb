@testable import ReportLintCore

/// The one fixed result every reporter's golden file is made from: Chinese text, a Chinese file
/// name, a finding after multi-byte characters (its column counts scalars, not bytes), a message
/// with `%` and `,` (escaped differently by each format), a safe fix, a suggestion, an info-level
/// document finding at an empty range, and a clean file.
enum ReporterFixture {
  static let text = "一、工作情况\n按照县委统一布署，完成率达98.6%, 效果好。\n"

  static var files: [FileReport] {
    let document = Document(path: "docs/汇报 2024.md", string: text)
    let bytes = Array(text.utf8)
    func range(of needle: String) -> ByteRange {
      let target = Array(needle.utf8)
      let start = (0...(bytes.count - target.count)).first { Array(bytes[$0..<($0 + target.count)]) == target }!
      return start..<(start + target.count)
    }
    let typo = range(of: "布署")
    let comma = range(of: ", ")
    let diagnostics = [
      Diagnostic(
        ruleID: "typos.confusables", severity: .error, message: "“布署”疑为错别字，应为“部署”",
        range: typo, fix: Fix(range: typo, replacement: "部署", safety: .safe)),
      Diagnostic(
        ruleID: "punctuation.halfwidth-comma", severity: .warning,
        message: "“98.6%, ”中的半角逗号“,”应为全角“，”: 100% 需改", range: comma,
        fix: Fix(range: comma, replacement: "，", safety: .suggestion)),
      Diagnostic(
        ruleID: "structure.required-sections", severity: .info, message: "缺少“存在的问题”部分",
        range: bytes.count..<bytes.count),
    ]
    let clean = Document(path: "docs/clean.txt", string: "按照县委统一部署。\n")
    return [
      FileReport(
        path: document.path, source: document.source, diagnostics: diagnostics, problems: [],
        document: document),
      FileReport(path: clean.path, source: clean.source, diagnostics: [], problems: [], document: clean),
    ]
  }

  static var context: ReportContext {
    ReportContext(
      rules: [
        descriptor("typos.confusables", .error, "公文中常见的错别字。", link: "https://example.org/typos"),
        descriptor("punctuation.halfwidth-comma", .warning, "中文里的半角逗号。", link: "GB/T 15834—2011《标点符号用法》"),
        descriptor("structure.required-sections", .info, "汇报应有的部分。", link: nil),
      ],
      toolVersion: "0.0.0-test")
  }

  private static func descriptor(_ id: String, _ severity: Severity, _ description: String, link: String?)
    -> RuleDescriptor
  {
    RuleDescriptor(
      id: id, pack: String(id.split(separator: ".")[0]), kind: "pattern", message: MessageTemplate("{match}"),
      severity: severity, profiles: Set(Profile.allCases), description: description, link: link,
      fixSafety: .safe, examples: RuleExamples(), file: "")
  }
}
