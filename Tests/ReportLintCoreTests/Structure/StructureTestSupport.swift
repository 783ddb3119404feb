import Foundation
@testable import ReportLintCore

/// Fixtures and the built-in numbering and structure rules, shared by the structure tests.
enum StructureTestSupport {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()

  static func document(_ relativePath: String) throws -> Document {
    try SourceLoader.load(path: root.appendingPathComponent(relativePath).path)
  }

  static let rules: [any Rule] = RulePackLoader.load([.builtin]).rules.filter {
    ["numbering", "structure"].contains($0.descriptor.pack)
  }

  /// (rule id, line, column) of every numbering and structure finding.
  static func findings(_ document: Document, context: LintContext = LintContext()) throws -> [String] {
    try rules.flatMap { try $0.check(document, context: context) }
      .map { finding -> String in
        let location = document.location(of: finding.range.lowerBound)
        return "\(finding.ruleID)@\(location.line):\(location.column)"
      }.sorted()
  }
}
