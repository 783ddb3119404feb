/// Turns a run's file reports into the text of one output format. Pure: no I/O.
public protocol Reporter {
  static var identifier: String { get }
  func report(_ files: [FileReport]) -> String
}

/// A finding with its positions derived from its byte range, which every reporter needs.
struct LocatedDiagnostic {
  let diagnostic: Diagnostic
  let start: SourceLocation
  let end: SourceLocation
  /// The matched text, or what the rule allows to be shown of it (`Diagnostic.shownText`).
  let text: String

  init(_ diagnostic: Diagnostic, in document: Document) {
    self.diagnostic = diagnostic
    start = document.location(of: diagnostic.range.lowerBound)
    end = document.location(of: diagnostic.range.upperBound)
    text = diagnostic.shownText ?? document.string(diagnostic.range)
  }
}

extension FileReport {
  var located: [LocatedDiagnostic] {
    guard let document else { return [] }
    return diagnostics.map { LocatedDiagnostic($0, in: document) }
  }
}
