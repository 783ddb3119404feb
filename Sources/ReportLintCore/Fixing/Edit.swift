/// Replace the bytes of `range` with `replacement`.
public struct Edit: Sendable, Hashable {
  public var range: ByteRange
  public var replacement: String

  public init(range: ByteRange, replacement: String) {
    self.range = range
    self.replacement = replacement
  }
}
