import XCTest

@testable import ReportLintCore

/// The JSON reporter spells out a finding's layout (its indents fixed by its place in the report)
/// instead of laying it out key by key: the output must stay exactly the generic layout of the
/// same values, which `JSONValue` builds here as the reference.
final class JSONReporterLayoutTests: XCTestCase {
  /// The report as a tree of values, laid out by `JSONWriter`'s generic path.
  static func reference(_ reports: [FileReport]) -> String {
    func range(_ location: (start: SourceLocation, end: SourceLocation)) -> [(String, JSONValue)] {
      [
        ("line", .int(location.start.line)), ("column", .int(location.start.column)),
        ("endLine", .int(location.end.line)), ("endColumn", .int(location.end.column)),
      ]
    }
    func value(_ diagnostic: Diagnostic, _ document: Document) -> JSONValue {
      let lines = document.lineIndex
      let at = { (range: ByteRange) in (lines.location(of: range.lowerBound), lines.location(of: range.upperBound)) }
      var fields: [(String, JSONValue)] = [
        ("rule", .string(diagnostic.ruleID)), ("severity", .string(diagnostic.severity.rawValue)),
        ("message", .string(diagnostic.message)),
      ]
      fields += range(at(diagnostic.range))
      fields.append(("text", .string(diagnostic.shownText ?? document.string(diagnostic.range))))
      if let fix = diagnostic.fix {
        var fixFields: [(String, JSONValue)] = []
        if fix.edits.count == 1, fix.edits[0].range == diagnostic.range {
          fixFields.append(("replacement", .string(fix.edits[0].replacement)))
        }
        fixFields.append(
          ("edits", .array(fix.edits.map { .object(range(at($0.range)) + [("replacement", .string($0.replacement))]) })))
        fields.append((fix.isSafe ? "fix" : "suggestion", .object(fixFields)))
      }
      return .object(fields)
    }
    let files = reports.map { report -> JSONValue in
      var fields: [(String, JSONValue)] = [
        ("path", .string(report.path)), ("encoding", report.source.map { .string($0.encoding.rawValue) } ?? .null),
        ("diagnostics", .array(report.document.map { document in report.diagnostics.map { value($0, document) } } ?? [])),
      ]
      if !report.problems.isEmpty { fields.append(("problems", .array(report.problems.map { .string($0) }))) }
      return .object(fields)
    }
    let summary = LintSummary(reports)
    let counts: [(String, JSONValue)] = [
      ("files", .int(summary.files)), ("errors", .int(summary.errors)), ("warnings", .int(summary.warnings)),
      ("infos", .int(summary.infos)),
    ]
    return JSONValue.object([("version", .int(1)), ("files", .array(files)), ("summary", .object(counts))]).serialized()
      + "\n"
  }

  func testFixtureMatchesTheGenericLayout() {
    XCTAssertEqual(JSONReporter().report(ReporterFixture.files), Self.reference(ReporterFixture.files))
    XCTAssertEqual(JSONReporter().report([]), Self.reference([]))
  }

  // Every severity; fixes safe and suggested, with no edit, one on the finding's range, one
  // elsewhere, several; shown texts; strings that need escaping; unread files with problems.
  func testRandomReportsMatchTheGenericLayout() {
    var generator = SystemRandomNumberGenerator()
    let text = "一、工作情况\n按照县委统一布署，\"完成\"率达98.6%,\t效果好。\n\n第二行 line\\two\r\n末行"
    let pieces = ["", "a", "布署", "\"", "\\", "\n", "\u{1}", "😀", String(repeating: "部署", count: 40)]
    func randomString() -> String {
      (0..<Int.random(in: 0..<4, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined()
    }
    for _ in 0..<200 {
      let document = Document(path: "docs/汇报.md", string: text)
      let bytes = document.text
      // Ranges at character boundaries only: those the reporter copies, not repairs.
      let boundaries = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
      func randomRange() -> ByteRange {
        let ends = [boundaries.randomElement(using: &generator)!, boundaries.randomElement(using: &generator)!]
        return ends.min()!..<ends.max()!
      }
      let diagnostics = (0..<Int.random(in: 0..<6, using: &generator)).map { _ -> Diagnostic in
        let range = randomRange()
        var fix: Fix?
        switch Int.random(in: 0..<5, using: &generator) {
        case 0: fix = nil
        case 1: fix = Fix(range: range, replacement: randomString(), safety: .safe)
        case 2: fix = Fix(range: randomRange(), replacement: randomString(), safety: .suggestion)
        case 3: fix = Fix(edits: [], safety: .safe)
        default:
          let edits = (0..<Int.random(in: 2..<4, using: &generator)).map { index in
            Edit(range: index == 0 ? range : randomRange(), replacement: randomString())
          }
          fix = Fix(edits: edits, safety: Bool.random(using: &generator) ? .safe : .suggestion)
        }
        var diagnostic = Diagnostic(
          ruleID: "pack.rule" + randomString(), severity: Severity.allCases.randomElement(using: &generator)!,
          message: randomString(), range: range, fix: fix)
        if Int.random(in: 0..<4, using: &generator) == 0 { diagnostic.shownText = randomString() }
        return diagnostic
      }
      let reports = [
        FileReport(
          path: document.path, source: document.source, diagnostics: diagnostics,
          problems: Bool.random(using: &generator) ? [] : [randomString()], document: document),
        .failed("docs/缺失\".txt", randomString()),
      ]
      XCTAssertEqual(JSONReporter().report(reports), Self.reference(reports))
    }
  }
}
