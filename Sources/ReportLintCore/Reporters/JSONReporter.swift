/// `--format json`: the stable contract of DESIGN.md. Fields may be added, never renamed.
public struct JSONReporter: StreamingReporter {
  public static let identifier = "json"

  public init() {}

  // Written piece by piece, the output is one JSON object laid out as `JSONWriter` lays out
  // every value: files sit two levels deep, so each is written with a four-space indent.
  public func begin(context: ReportContext, into output: inout [UInt8]) {
    output.append(utf8: "{\n  \"version\": 1,\n  \"files\": [")
  }

  public func separator(beforeFirstFile: Bool, into output: inout [UInt8]) {
    output.append(utf8: beforeFirstFile ? "\n    " : ",\n    ")
  }

  public func file(_ report: FileReport, context: ReportContext, into output: inout [UInt8]) {
    // Room for a file's findings at 900 bytes each (the bench corpus's average is 650), so the
    // part is written in place and seldom outgrows it: growing copied the part once more, and at
    // 700 bytes one file in 25 did (1 million instructions on the 10 MB corpus).
    let capacity = 512 + 900 * report.diagnostics.count
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
      // Through the buffer, and a pointer to each finding: an array's element is passed as a
      // copy (a retain and a release for each of its strings), and so was an element read from
      // the buffer and passed by value (10 MB: 45,000 of each, 2.7 million instructions); the
      // fields read through the pointer are borrowed.
      report.diagnostics.withUnsafeBufferPointer { diagnostics in
        for index in diagnostics.indices {
          json.item()
          write(diagnostics.baseAddress! + index, document, &cursor, to: &json)
        }
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

  // A finding's object is written with its layout spelled out, the indents of its place in the
  // report (`fileIndent`, then files, diagnostics): the same bytes `JSONWriter` lays out key by
  // key (the tests compare the two), where every key and bracket cost a call, a room test and
  // an indent copy of its own: 18 million instructions fewer on the 10 MB corpus (690 -> 672).

  private func write(
    _ finding: UnsafePointer<Diagnostic>, _ document: Document, _ cursor: inout LocationCursor, to json: inout JSONWriter
  ) {
    json.layout("{\n          \"rule\": ")
    json.string(finding.pointee.ruleID)
    switch finding.pointee.severity {
    case .error: json.layout(",\n          \"severity\": \"error\",\n          \"message\": ")
    case .warning: json.layout(",\n          \"severity\": \"warning\",\n          \"message\": ")
    case .info: json.layout(",\n          \"severity\": \"info\",\n          \"message\": ")
    }
    json.string(finding.pointee.message)
    let location = cursor.locations(of: finding.pointee.range)
    json.layout(",\n          \"line\": ")
    write(
      location, (",\n          \"column\": ", ",\n          \"endLine\": ", ",\n          \"endColumn\": "),
      to: &json)
    json.layout(",\n          \"text\": ")
    if let shown = finding.pointee.shownText {
      json.string(shown)
    } else {
      writeText(finding.pointee.range, of: document, to: &json)
    }
    if let fix = finding.pointee.fix {
      json.layout(fix.isSafe ? ",\n          \"fix\": {" : ",\n          \"suggestion\": {")
      write(fix, finding.pointee.range, at: location, &cursor, to: &json)
      json.layout("\n          }")
    }
    json.layout("\n        }")
  }

  /// The members of a fix's object: `replacement` when the fix rewrites exactly the finding's
  /// text; `edits` always, with positions, for fixes that touch several places (renumbering,
  /// nested quotes). `location`: the finding's, which an edit of the same range shares.
  private func write(
    _ fix: Fix, _ findingRange: ByteRange, at location: (start: SourceLocation, end: SourceLocation),
    _ cursor: inout LocationCursor, to json: inout JSONWriter
  ) {
    fix.edits.withUnsafeBufferPointer { edits in
      if edits.count == 1, edits[0].range == findingRange {
        json.layout("\n            \"replacement\": ")
        json.string(edits[0].replacement)
        json.layout(",")
      }
      guard !edits.isEmpty else {
        json.layout("\n            \"edits\": []")
        return
      }
      json.layout("\n            \"edits\": [")
      for index in edits.indices {
        json.layout(index == 0 ? "\n              {\n                \"line\": " : ",\n              {\n                \"line\": ")
        let range = edits[index].range
        let edit = range == findingRange ? location : cursor.locations(of: range)
        write(
          edit, (",\n                \"column\": ", ",\n                \"endLine\": ", ",\n                \"endColumn\": "),
          to: &json)
        json.layout(",\n                \"replacement\": ")
        json.string(edits[index].replacement)
        json.layout("\n              }")
      }
      json.layout("\n            ]")
    }
  }

  /// A range's two ends: the `line` value after the key the caller wrote, then `column`,
  /// `endLine`, `endColumn` after the keys given (with the indent of the object they are in).
  @inline(__always)
  private func write(
    _ location: (start: SourceLocation, end: SourceLocation),
    _ keys: (column: StaticString, endLine: StaticString, endColumn: StaticString), to json: inout JSONWriter
  ) {
    json.int(location.start.line)
    json.layout(keys.column)
    json.int(location.start.column)
    json.layout(keys.endLine)
    json.int(location.end.line)
    json.layout(keys.endColumn)
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
