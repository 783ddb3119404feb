/// A fix the fixer applied: the finding it corrected, where that finding was in the text of its
/// pass, and which pass applied it.
public struct AppliedFix: Sendable, Hashable {
  public var diagnostic: Diagnostic
  public var location: SourceLocation
  /// 1 for the first pass.
  public var pass: Int
}
