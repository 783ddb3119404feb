/// What fixing one document gave.
public struct FixOutcome: Sendable {
  /// The document as it was given.
  public var original: Document
  /// The fixed document (the same object as `original` when nothing was applied).
  public var document: Document
  public var applied: [AppliedFix]
  /// Passes that applied at least one fix.
  public var passes: Int
  public var warning: FixWarning?

  /// Whether the text differs from the original: a pass can apply fixes and a later one undo
  /// them, so `applied` alone does not say.
  public var changed: Bool { document.text != original.text }
}
