/// One numbering marker found in a document: its level, its number and where its bytes are.
public struct Marker: Sendable, Hashable {
  public let level: MarkerLevel
  public let number: Int
  /// The whole marker, punctuation included (`（一）、`, `1.`, `一是，`).
  public let range: ByteRange
  /// Just the numeral (`一`, `12`), which a renumbering fix rewrites.
  public let numeralRange: ByteRange
  /// The marker as written with its numeral shown as 1 (`（一）、`, `(一)`, `1、`): two markers
  /// of one level with different forms are written differently.
  public let form: String
  /// The 1-based line the marker is on.
  public let line: Int
  /// Whether the marker opens its line (after any indent or Markdown `#`), rather than standing
  /// inside a paragraph.
  public let isLineStart: Bool

  public init(
    level: MarkerLevel, number: Int, range: ByteRange, numeralRange: ByteRange, form: String,
    line: Int, isLineStart: Bool
  ) {
    self.level = level
    self.number = number
    self.range = range
    self.numeralRange = numeralRange
    self.form = form
    self.line = line
    self.isLineStart = isLineStart
  }

  /// Whether the marker is written the standard way (GB/T 9704 7.3.3, GB/T 15834 B.3).
  public var isStandardForm: Bool { form == level.name }

  /// The marker's text with `number` in place of its own numeral, keeping its form.
  public func text(renumberedTo number: Int, in document: Document) -> String {
    document.string(range.lowerBound..<numeralRange.lowerBound) + level.numeral(number)
      + document.string(numeralRange.upperBound..<range.upperBound)
  }
}
