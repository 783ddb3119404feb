/// What text output shows of a finding's line: up to `limit` characters on each side of the span,
/// cut with “…” where the line goes on. Report paragraphs are often one long line, so this is the
/// window around the span, not the line.
///
/// Characters are grapheme clusters, as `String.count` counts them. `fast` finds the window over
/// the document's bytes when the characters at its edges are `StandaloneScalars` (nearly always
/// in Chinese reports) and gives nil otherwise; `general` segments with `String`.
struct ExcerptWindow {
  /// Shown before the span and after it (UTF-8), without the “…” that a cut side adds.
  var before: ArraySlice<UInt8>
  var after: ArraySlice<UInt8>
  var beforeIsCut: Bool
  var afterIsCut: Bool

  /// The window over `text`, or nil when its edges need real segmentation (or the span cuts a
  /// character, which `String` would repair).
  static func fast(_ text: [UInt8], line: ByteRange, span: ByteRange, limit: Int) -> Self? {
    let isBoundary = { (offset: Int) in offset == text.count || text[offset] & 0xC0 != 0x80 }
    guard isBoundary(span.lowerBound), isBoundary(span.upperBound) else { return nil }
    // `limit + 1` standalone scalars at the edge decide whether the side is cut, and where:
    // every one of them is a character, and so is the scalar at the cut.
    var start = span.lowerBound
    var scalars = 0
    while start > line.lowerBound && scalars <= limit {
      let lead = UTF8Scalars.characterStart(text, holding: start - 1)
      guard StandaloneScalars.contains(UTF8Scalars.decode(text, at: lead).scalar.value) else { return nil }
      start = lead
      scalars += 1
    }
    let beforeIsCut = scalars > limit
    if beforeIsCut { start += UTF8Scalars.length(lead: text[start]) }
    var end = span.upperBound
    scalars = 0
    while end < line.upperBound && scalars <= limit {
      guard StandaloneScalars.contains(UTF8Scalars.decode(text, at: end).scalar.value) else { return nil }
      if scalars < limit { end += UTF8Scalars.length(lead: text[end]) }
      scalars += 1
    }
    let afterIsCut = scalars > limit
    return ExcerptWindow(
      before: text[start..<span.lowerBound], after: text[span.upperBound..<end], beforeIsCut: beforeIsCut,
      afterIsCut: afterIsCut)
  }

  /// The window for any text, segmented by `String`.
  static func general(before: String, after: String, limit: Int) -> Self {
    let beforeIsCut = before.count > limit
    let afterIsCut = after.count > limit
    return ExcerptWindow(
      before: ArraySlice((beforeIsCut ? String(before.suffix(limit)) : before).utf8),
      after: ArraySlice((afterIsCut ? String(after.prefix(limit)) : after).utf8), beforeIsCut: beforeIsCut,
      afterIsCut: afterIsCut)
  }
}
