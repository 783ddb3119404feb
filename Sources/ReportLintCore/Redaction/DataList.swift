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

  init(_ contents: String) {
    rows = contents.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).compactMap { line in
      let text = line.hasSuffix("\r") ? line.dropLast() : line
      if text.isEmpty || text.hasPrefix("#") { return nil }
      return Row(fields: text.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
    }
  }
}
