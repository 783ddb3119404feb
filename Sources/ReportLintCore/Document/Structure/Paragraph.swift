/// One non-blank line of a document: official reports put each paragraph on its own line.
public struct Paragraph: Sendable, Hashable {
  /// The 1-based line number.
  public let line: Int
  /// The line's text without its indent and line end.
  public let range: ByteRange
  /// The number of `#` of a Markdown heading, or nil.
  public let markdownLevel: Int?
  /// The heading marker (一、, （一）, 1., （1）, or one of their variants) that opens the line.
  public let marker: Marker?
  /// The text after the Markdown `#` and the marker.
  public let textRange: ByteRange

  public init(line: Int, range: ByteRange, markdownLevel: Int?, marker: Marker?, textRange: ByteRange) {
    self.line = line
    self.range = range
    self.markdownLevel = markdownLevel
    self.marker = marker
    self.textRange = textRange
  }

  /// Whether the line is a heading or a numbered item: a Markdown heading or a line opened by a
  /// level 1–4 marker.
  public var isHeading: Bool { markdownLevel != nil || marker != nil }
}
