/// A data list of the redaction pack: UTF-8, one entry per line, tab-separated fields, `#` comment
/// lines at the top. The first field is the entry; later fields annotate it (`-` means none).
struct DataList: Sendable {
  struct Row: Sendable {
    var fields: [String]
    var entry: String { fields[0] }
    /// Field `index`, or "" when the row is shorter.
    func field(_ index: Int) -> String { index < fields.count ? fields[index] : "" }
    /// The comma-separated flags in field `index` (`top100,common-char`).
    func flags(_ index: Int) -> Set<String> {
      Set(field(index).split(separator: ",").map(String.init).filter { $0 != "-" })
    }
  }

  let rows: [Row]

  /// Lines end at "\n" or "\r\n", fields at "\t"; a last "\r" is dropped. Split on the UTF-8
  /// bytes, as splitting and comparing the Characters (grapheme clusters) of 36,000 lines took a
  /// tenth of a second: the same cuts, since these control characters are grapheme clusters of
  /// their own ("\r\n" is one, and its "\r" goes with the line end).
  init(_ contents: String) {
    let utf8 = contents.utf8
    let carriageReturn = UInt8(ascii: "\r")
    rows = utf8.split(separator: UInt8(ascii: "\n")).compactMap { bytes in
      var end = bytes.endIndex
      if end < utf8.endIndex, bytes.last == carriageReturn { end = utf8.index(before: end) }
      if end > bytes.startIndex, utf8[utf8.index(before: end)] == carriageReturn { end = utf8.index(before: end) }
      let text = contents[bytes.startIndex..<end]
      // Only a line whose first byte is "#" can start with the Character "#" (it does unless a
      // combining mark follows), so only such a line is compared as Characters.
      if text.isEmpty || (text.utf8.first == UInt8(ascii: "#") && text.hasPrefix("#")) { return nil }
      return Row(fields: text.utf8.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map {
        String(contents[$0.startIndex..<$0.endIndex])
      })
    }
  }
}
