/// Turns a run's file reports into the text of one output format. Pure: no I/O.
///
/// Most formats need only the findings and implement `report(_:)`; a format that describes the
/// rules themselves (SARIF) implements `report(_:context:)`. The CLI always calls the latter.
public protocol Reporter {
  static var identifier: String { get }
  func report(_ files: [FileReport]) -> String
  func report(_ files: [FileReport], context: ReportContext) -> String
}

extension Reporter {
  public func report(_ files: [FileReport], context: ReportContext) -> String { report(files) }
}

/// A finding with its positions derived from its byte range, which every reporter needs.
struct LocatedDiagnostic {
  let diagnostic: Diagnostic
  let start: SourceLocation
  let end: SourceLocation
  let document: Document

  /// The matched text, or what the rule allows to be shown of it (`Diagnostic.shownText`).
  var text: String { diagnostic.shownText ?? document.string(diagnostic.range) }
}

extension FileReport {
  var located: [LocatedDiagnostic] {
    guard let document else { return [] }
    var cursor = LocationCursor(document.lineIndex)
    return diagnostics.map { diagnostic in
      let (start, end) = cursor.locations(of: diagnostic.range)
      return LocatedDiagnostic(diagnostic: diagnostic, start: start, end: end, document: document)
    }
  }
}
