/// `--format json`: the stable contract of DESIGN.md. Fields may be added, never renamed.
public struct JSONReporter: StreamingReporter {
  public static let identifier = "json"

  public init() {}

  // Written piece by piece, the output is exactly `JSONValue.serialized()` of the whole object:
  // files sit two levels deep, so each is serialized with a four-space indent.
  public func begin(context: ReportContext) -> String {
    "{\n  \"version\": 1,\n  \"files\": ["
  }

  public func file(_ report: FileReport, index: Int, context: ReportContext) -> String {
    (index == 0 ? "\n" : ",\n") + "    " + file(report).serialized(indent: "    ")
  }

  public func end(summary: LintSummary, context: ReportContext) -> String {
    let counts = JSONValue.object([
      ("files", .int(summary.files)), ("errors", .int(summary.errors)),
      ("warnings", .int(summary.warnings)), ("infos", .int(summary.infos)),
    ])
    return (summary.files == 0 ? "]" : "\n  ]") + ",\n  \"summary\": " + counts.serialized(indent: "  ") + "\n}\n"
  }

  private func file(_ report: FileReport) -> JSONValue {
    var fields: [(String, JSONValue)] = [("path", .string(report.path))]
    fields.append(("encoding", report.source.map { .string($0.encoding.rawValue) } ?? .null))
    fields.append(("diagnostics", .array(report.located.map { diagnostic($0, report.document!) })))
    if !report.problems.isEmpty { fields.append(("problems", .array(report.problems.map(JSONValue.string)))) }
    return .object(fields)
  }

  private func diagnostic(_ located: LocatedDiagnostic, _ document: Document) -> JSONValue {
    let diagnostic = located.diagnostic
    var fields: [(String, JSONValue)] = [
      ("rule", .string(diagnostic.ruleID)),
      ("severity", .string(diagnostic.severity.rawValue)),
      ("message", .string(diagnostic.message)),
      ("line", .int(located.start.line)), ("column", .int(located.start.column)),
      ("endLine", .int(located.end.line)), ("endColumn", .int(located.end.column)),
      ("text", .string(located.text)),
    ]
    if let fix = diagnostic.fix {
      fields.append((fix.isSafe ? "fix" : "suggestion", fixValue(fix, diagnostic, document)))
    }
    return .object(fields)
  }

  /// `replacement` when the fix rewrites exactly the finding's text; `edits` always, with
  /// positions, for fixes that touch several places (renumbering, nested quotes).
  private func fixValue(_ fix: Fix, _ diagnostic: Diagnostic, _ document: Document) -> JSONValue {
    var fields: [(String, JSONValue)] = []
    if fix.edits.count == 1, fix.edits[0].range == diagnostic.range {
      fields.append(("replacement", .string(fix.edits[0].replacement)))
    }
    fields.append((
      "edits",
      .array(fix.edits.map { edit in
        let start = document.location(of: edit.range.lowerBound)
        let end = document.location(of: edit.range.upperBound)
        return .object([
          ("line", .int(start.line)), ("column", .int(start.column)),
          ("endLine", .int(end.line)), ("endColumn", .int(end.column)),
          ("replacement", .string(edit.replacement)),
        ])
      })
    ))
    return .object(fields)
  }
}
