/// A table rule-embedder writes at build time for the built-in packs' patterns (their analyses,
/// their character classes), one entry a pattern in the byte order of the patterns, searched by
/// halves on the pattern's bytes, as PCRE2 reads them. A dictionary by `String` hashed each
/// pattern's Chinese text normalized (the table's making and the 280 look-ups of the analyses
/// took 2.1 of the 65 million instructions a start took), and would have handed a canonically
/// equivalent pattern with other bytes the entry of another.
enum BuiltinPatternTable {
  static func entry<Entry>(for pattern: String, in table: [Entry], patternOf: (Entry) -> String) -> Entry? {
    var pattern = pattern
    return pattern.withUTF8 { key in
      var low = 0
      var high = table.count
      while low < high {
        let middle = (low + high) / 2
        var stored = patternOf(table[middle])
        let order = stored.withUTF8 { LiteralMatcher.byteOrder(UnsafeRawBufferPointer($0), UnsafeRawBufferPointer(key)) }
        if order == 0 { return table[middle] }
        if order < 0 { low = middle + 1 } else { high = middle }
      }
      return nil
    }
  }
}
