/// The edits that correct one finding, and whether they may be applied without asking.
public struct Fix: Sendable, Hashable {
  public var edits: [Edit]
  public var safety: FixSafety

  public init(edits: [Edit], safety: FixSafety) {
    self.edits = edits
    self.safety = safety
  }

  public init(range: ByteRange, replacement: String, safety: FixSafety) {
    self.init(edits: [Edit(range: range, replacement: replacement)], safety: safety)
  }

  public var isSafe: Bool { safety == .safe }
}
