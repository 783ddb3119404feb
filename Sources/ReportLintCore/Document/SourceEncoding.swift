/// How a file was stored, remembered so that fixes and redactions write it back the same way.
public struct SourceEncoding: Sendable, Hashable {
  public var encoding: TextEncoding
  public var hasByteOrderMark: Bool
  public var lineEnding: LineEnding

  public init(encoding: TextEncoding, hasByteOrderMark: Bool, lineEnding: LineEnding) {
    self.encoding = encoding
    self.hasByteOrderMark = hasByteOrderMark
    self.lineEnding = lineEnding
  }

  public static let utf8 = SourceEncoding(encoding: .utf8, hasByteOrderMark: false, lineEnding: .lf)
}
