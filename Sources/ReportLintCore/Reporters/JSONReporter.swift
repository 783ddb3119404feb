/// `--format json`: the stable contract of DESIGN.md. Fields may be added, never renamed.
public struct JSONReporter: StreamingReporter {
  public static let identifier = "json"

  public init() {}

  // Written piece by piece, the output is one JSON object laid out as `JSONWriter` lays out
  // every value: files sit two levels deep, so each is written with a four-space indent.
  public func begin(context: ReportContext, into output: inout [UInt8]) {
    output.append(utf8: "{\n  \"version\": 1,\n  \"files\": [")
  }

  public func separator(beforeFile index: Int, into output: inout [UInt8]) {
    output.append(utf8: index == 0 ? "\n    " : ",\n    ")
  }

  public func file(_ report: FileReport, context: ReportContext, into output: inout [UInt8]) {
    // Room for a file's findings at the bench corpus's 650 bytes each, so the buffer seldom
    // grows: growing copied a tenth of all output bytes once more.
    let capacity = 512 + 700 * report.diagnostics.count
    JSONWriter.write(into: &output, indent: Self.fileIndent, capacity: capacity) { write(report, to: &$0) }
  }

  public func end(summary: LintSummary, context: ReportContext, into output: inout [UInt8]) {
    output.append(utf8: summary.files == 0 ? "]" : "\n  ]")
    output.append(utf8: ",\n  \"summary\": ")
    JSONWriter.write(into: &output, indent: Self.summaryIndent) { json in
      json.beginObject()
      for (key, count): (StaticString, Int) in [
        ("files", summary.files), ("errors", summary.errors), ("warnings", summary.warnings),
        ("infos", summary.infos),
      ] {
        json.key(key)
        json.int(count)
      }
      json.endObject()
    }
    output.append(utf8: "\n}\n")
  }

  private static let fileIndent = [UInt8](repeating: UInt8(ascii: " "), count: 4)
  private static let summaryIndent = [UInt8](repeating: UInt8(ascii: " "), count: 2)

  private func write(_ report: FileReport, to json: inout JSONWriter) {
    json.beginObject()
    json.key("path")
    json.string(report.path)
    json.key("encoding")
    if let source = report.source { json.string(source.encoding.rawValue) } else { json.null() }
    json.key("diagnostics")
    json.beginArray()
    if let document = report.document {
      var cursor = LocationCursor(document.lineIndex)
      // By index: the element is passed borrowed, where a for-in loop copies each finding.
      for index in report.diagnostics.indices {
        json.item()
        write(report.diagnostics[index], document, &cursor, to: &json)
      }
    }
    json.endArray()
    if !report.problems.isEmpty {
      json.key("problems")
      json.beginArray()
      for problem in report.problems {
        json.item()
        json.string(problem)
      }
      json.endArray()
    }
    json.endObject()
  }

  private func write(
    _ diagnostic: Diagnostic, _ document: Document, _ cursor: inout LocationCursor, to json: inout JSONWriter
  ) {
    json.beginObject()
    json.key("rule")
    json.string(diagnostic.ruleID)
    json.key("severity")
    json.string(diagnostic.severity.rawValue)
    json.key("message")
    json.string(diagnostic.message)
    let location = cursor.locations(of: diagnostic.range)
    writeRange(location, to: &json)
    json.key("text")
    if let shown = diagnostic.shownText {
      json.string(shown)
    } else {
      writeText(diagnostic.range, of: document, to: &json)
    }
    if let fix = diagnostic.fix {
      json.key(fix.isSafe ? "fix" : "suggestion")
      write(fix, diagnostic, at: location, &cursor, to: &json)
    }
    json.endObject()
  }

  /// `replacement` when the fix rewrites exactly the finding's text; `edits` always, with
  /// positions, for fixes that touch several places (renumbering, nested quotes).
  /// `location`: the finding's, which an edit of the same range shares.
  private func write(
    _ fix: Fix, _ diagnostic: Diagnostic, at location: (start: SourceLocation, end: SourceLocation),
    _ cursor: inout LocationCursor, to json: inout JSONWriter
  ) {
    json.beginObject()
    if fix.edits.count == 1, fix.edits[0].range == diagnostic.range {
      json.key("replacement")
      json.string(fix.edits[0].replacement)
    }
    json.key("edits")
    json.beginArray()
    for edit in fix.edits {
      json.item()
      json.beginObject()
      writeRange(
        edit.range == diagnostic.range
          ? location : cursor.locations(of: edit.range),
        to: &json)
      json.key("replacement")
      json.string(edit.replacement)
      json.endObject()
    }
    json.endArray()
    json.endObject()
  }

  /// `line`, `column`, `endLine`, `endColumn` of a range's two ends.
  private func writeRange(_ location: (start: SourceLocation, end: SourceLocation), to json: inout JSONWriter) {
    json.key("line")
    json.int(location.start.line)
    json.key("column")
    json.int(location.start.column)
    json.key("endLine")
    json.int(location.end.line)
    json.key("endColumn")
    json.int(location.end.column)
  }

  /// The matched text, copied from the document's bytes. A range that cuts a character (which
  /// no rule should produce) goes through `String`, which repairs it the way it always has.
  private func writeText(_ range: ByteRange, of document: Document, to json: inout JSONWriter) {
    let text = document.text
    let isWhole = { (offset: Int) in offset == text.count || text[offset] & 0xC0 != 0x80 }
    guard isWhole(range.lowerBound), isWhole(range.upperBound) else {
      json.string(document.string(range))
      return
    }
    text.withUnsafeBufferPointer { json.string(utf8: UnsafeBufferPointer(rebasing: $0[range])) }
  }
}
