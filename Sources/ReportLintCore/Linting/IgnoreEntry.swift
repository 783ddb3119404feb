/// An `ignore` entry of `.reportlint.yml`: hide a rule's findings (or only those matching `text`)
/// in the files matching a glob. The way to suppress in plain text, which has no comments.
///
/// ```yaml
/// ignore:
///   - file: 报告/2023-总结.txt
///     rule: typos.confusables
///     text: 布署
/// ```
public struct IgnoreEntry: Sendable {
  public var file: Glob
  /// A rule id or a pack name.
  public var rule: String
  /// The exact matched text; nil for every finding of the rule.
  public var text: String?
  /// The configuration file line, for the unused-suppression warning.
  public var line: Int?

  public init(file: Glob, rule: String, text: String?, line: Int?) {
    self.file = file
    self.rule = rule
    self.text = text
    self.line = line
  }

  /// Whether the glob names one file. Only then can a single file's lint tell that the entry hides
  /// nothing; an entry for many files may rightly hide nothing in most of them.
  var namesOneFile: Bool { !file.pattern.contains { "*?[".contains($0) } }

  func suppression(configurationFile: String?) -> Suppression {
    var label = "\(configurationFile ?? Configuration.fileName)"
    if let line { label += " 第 \(line) 行" }
    label += "的 ignore 项（\(rule)\(text.map { "，“\($0)”" } ?? "")）"
    return Suppression(rule: rule, scope: .text(text), origin: 0..<0, label: label, reportsUnused: namesOneFile)
  }
}
