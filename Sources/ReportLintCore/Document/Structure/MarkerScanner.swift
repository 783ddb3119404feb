import PCRE2

/// Recognises numbering markers by their shape, standard forms and the variants the form rules
/// flag. Numerals are checked with `ChineseNumeral` afterwards, so words that only look like
/// numerals (十四五) are not markers.
enum MarkerScanner {
  /// A heading marker at the start of a line's text (`\G` anchors it at the offset searched from).
  /// The 、 variant of level 3 must not be followed by a digit (1、2月份 is a range of months), and
  /// a point after a digit must not be a decimal point (1.5倍, 3.14).
  static let heading = compile(
    #"\G(?:"#
      + #"(?<c1>[一二三四五六七八九十百]+)(?<p1>、|，|,|：|:|．|\.(?![0-9]))"#
      + #"|(?<o2>[（(])[ \t\x{3000}]*(?<c2>[一二三四五六七八九十百]+)[ \t\x{3000}]*[）)](?<p2>[、，,．.：:](?![0-9]))?"#
      + #"|(?<o4>[（(])[ \t\x{3000}]*(?<c4>[0-9]{1,2})[ \t\x{3000}]*[）)](?<p4>[、，,．.：:](?![0-9]))?"#
      + #"|(?<c5>[0-9]{1,2})[）)]"#
      + #"|(?<c3>[0-9]{1,2})(?<p3>\.(?![0-9])|．(?![0-9])|、(?![0-9]))"#
      + #")"#)

  /// Run-in enumerations: 一是 (not 一是一、二是二, where a numeral repeats after 是) and 第一，
  /// (not 第一书记, 第一时间: an ordinal marker is followed by punctuation). Either must start a
  /// clause: after a line start, a mark or a space, never inside a word (统一是, 全省第一，).
  static let runIn = compile(
    #"(?<=^|[。；;：:，,！？!?、\s\x{3000}])(?:"#
      + #"(?<c6>[一二三四五六七八九十]{1,3})是(?!\k<c6>(?!\p{Han}))(?<p6>[，,：:、])?"#
      + #"|第(?<c7>[一二三四五六七八九十]{1,3})(?<p7>[，,、：:])"#
      + #")"#)

  static func compile(_ pattern: String) -> Regex {
    do {
      return try Regex(pattern, options: [.utf, .ucp, .multiline])
    } catch {
      fatalError("marker pattern does not compile: \(error)")
    }
  }

  /// The marker a match stands for, or nil when its numeral is not one (or is out of range).
  static func marker(from match: Match, regex: Regex, in document: Document, isLineStart: Bool) -> Marker? {
    func group(_ name: String) -> ByteRange? { regex.groupNumbers[name].flatMap { match[group: $0] } }
    let levels: [(String, MarkerLevel)] = [
      ("c1", .chapter), ("c2", .section), ("c3", .item), ("c4", .subitem), ("c5", .subitem),
      ("c6", .enumerator), ("c7", .ordinal),
    ]
    for (name, level) in levels {
      guard let numeral = group(name) else { continue }
      let text = document.string(numeral)
      let number = level.usesChineseNumerals ? ChineseNumeral.value(of: text) : Int(text)
      guard let number, (1...99).contains(number) else { return nil }
      let range = match.range
      let form =
        document.string(range.lowerBound..<numeral.lowerBound) + level.numeral(1)
        + document.string(numeral.upperBound..<range.upperBound)
      return Marker(
        level: level, number: number, range: range, numeralRange: numeral,
        form: form, line: document.lineIndex.line(containing: range.lowerBound),
        isLineStart: isLineStart)
    }
    return nil
  }

}
