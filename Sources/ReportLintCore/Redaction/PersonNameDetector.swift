/// Finds person names: a surname from surnames.txt with one or two given characters, confirmed by
/// a title from titles.txt after it (王建军同志, 王建平局长) or before it (副县长张华, 贫困户韩秀英),
/// or by a 、-list that ends in one (张华、刘芳、赵国庆等同志). Every other occurrence of a confirmed
/// name in the document is found too. Keep names (习近平) are dropped later with the protected spans.
struct PersonNameDetector {
  let lexicon: RedactionLexicon

  /// Characters that cannot be a given name's: function characters, bodies, and the first
  /// characters of titles (书记, 局长…).
  static let notGiven: Set<Unicode.Scalar> = DictionaryDetector.functionCharacters
    .union(DictionaryDetector.bodyCharacters).union(Set("书长记员副正级主第总常务".unicodeScalars))

  static let nationalTitles: Set<String> = ["总书记", "总理", "副总理", "国务委员"]

  func detect(in analysis: RedactionAnalysis) -> [DetectedName] {
    let text = analysis.text
    var names: [DetectedName] = []
    let allTitles = analysis.hits(.titles)
    // A name may end where any title starts (endsName).
    let titleStarts = Set(allTitles.map(\.range.lowerBound))
    let titles = longestTitles(allTitles)
    for (hit, title) in titles {
      // National titles (总书记, 总理) name national figures, who are kept; and 学习贯彻总书记 would
      // otherwise read as a name 习贯彻.
      if title.weak || Self.nationalTitles.contains(lexicon.phrases(.titles)[hit.phrase]) { continue }
      if title.after, !text.has("们", at: hit.range.upperBound), let name = name(endingAt: hit.range.lowerBound, in: text) {
        names.append(name)
        names += list(before: name.range.lowerBound, in: text)
      } else if title.after, text.scalar(at: hit.range.lowerBound - 1) == "等", !text.has("们", at: hit.range.upperBound),
        let name = name(endingAt: hit.range.lowerBound - 1, in: text)
      {
        names.append(name)
        names += list(before: name.range.lowerBound, in: text)
      }
      if title.before {
        var start = hit.range.upperBound
        if text.scalar(at: start) == "：" || text.scalar(at: start) == ":" { start += 1 }
        if let name = name(startingAt: start, in: text, titleStarts: titleStarts) { names.append(name) }
      }
    }
    // Before-only roles that are weak (村民, 联系人) still confirm a 3-character name of a surname
    // that is not a common character when a clear end follows.
    for (hit, title) in titles where title.weak && title.before && !title.after {
      var start = hit.range.upperBound
      if text.scalar(at: start) == "：" || text.scalar(at: start) == ":" { start += 1 }
      if let name = name(startingAt: start, in: text, titleStarts: titleStarts, strict: true) { names.append(name) }
    }
    // Every other occurrence of a confirmed name.
    let confirmed = Set(names.map { text.string($0.range) })
    let matcher = PhraseMatcher(Array(confirmed))
    names += matcher.allHits(in: text).map { DetectedName(range: $0.range, proper: $0.range) }
    return DetectedName.resolve(names)
  }

  /// The titles of `hits` (every title in the text), the longest at each end (副县长, not 县长).
  func longestTitles(_ hits: [PhraseMatcher.Hit]) -> [(PhraseMatcher.Hit, RedactionLexicon.Title)] {
    var longestByEnd: [Int: PhraseMatcher.Hit] = [:]
    for hit in hits {
      if let other = longestByEnd[hit.range.upperBound], other.range.count >= hit.range.count { continue }
      longestByEnd[hit.range.upperBound] = hit
    }
    return longestByEnd.values.sorted { $0.range.lowerBound < $1.range.lowerBound }.map { ($0, lexicon.titleInfo[$0.phrase]) }
  }

  /// A name just before `end` (the start of an after-title): compound surname + 1–2, surname + 2,
  /// surname + 1, in that order of preference.
  func name(endingAt end: Int, in text: ScalarText) -> DetectedName? {
    // A compound that is also a word (长孙 in 部长孙建国) is tried after the single surnames.
    for (surnameLength, total, wordLike) in [(2, 4, false), (2, 3, false), (1, 3, false), (1, 2, false), (2, 4, true), (2, 3, true)] {
      let start = end - total
      guard start >= 0, isSurname(start..<(start + surnameLength), in: text),
        surnameLength == 1 || wordLike == (lexicon.compoundSurnames.value(of: start..<(start + 2), in: text) == true),
        isGiven((start + surnameLength)..<end, in: text)
      else { continue }
      return DetectedName(range: start..<end, proper: start..<end)
    }
    return nil
  }

  /// A name starting at `start` (after a before-title): three characters when the third is not the
  /// start of what follows a name (主持, 作, 同志), else two. `strict` (weak roles) demands a
  /// surname that is not a common character, three characters and a clear end.
  func name(startingAt start: Int, in text: ScalarText, titleStarts: Set<Int>, strict: Bool = false) -> DetectedName? {
    for surnameLength in [2, 1] {
      let surname = start..<(start + surnameLength)
      guard isSurname(surname, in: text) else { continue }
      if strict && isCommonSurname(surname, in: text) { return nil }
      for givenLength in strict ? [2] : [2, 1] {
        let end = surname.upperBound + givenLength
        guard isGiven(surname.upperBound..<end, in: text), endsName(at: end, in: text, titleStarts: titleStarts) else { continue }
        return DetectedName(range: start..<end, proper: start..<end)
      }
    }
    return nil
  }

  /// Names listed before `start` with 、 (张华、刘芳、赵国庆等同志).
  func list(before start: Int, in text: ScalarText) -> [DetectedName] {
    var names: [DetectedName] = []
    var end = start - 1
    while text.scalar(at: end) == "、", let name = name(endingAt: end, in: text, listed: true) {
      names.append(name)
      end = name.range.lowerBound - 1
    }
    return names
  }

  /// A listed name: exactly what lies between two separators.
  func name(endingAt end: Int, in text: ScalarText, listed: Bool) -> DetectedName? {
    for length in [4, 3, 2] {
      let start = end - length
      guard start >= 0, !text.isHan(start - 1) else { continue }
      for surnameLength in [2, 1] where isSurname(start..<(start + surnameLength), in: text)
        && isGiven((start + surnameLength)..<end, in: text)
      {
        return DetectedName(range: start..<end, proper: start..<end)
      }
    }
    return nil
  }

  func isSurname(_ range: Range<Int>, in text: ScalarText) -> Bool {
    guard range.lowerBound >= 0, range.upperBound <= text.count else { return false }
    if range.count == 2 { return lexicon.compoundSurnames.contains(range, in: text) }
    return lexicon.isSurname(text.scalar(at: range.lowerBound))
  }

  func isCommonSurname(_ range: Range<Int>, in text: ScalarText) -> Bool {
    if range.count == 2 { return lexicon.compoundSurnames.value(of: range, in: text) ?? true }
    return text.scalar(at: range.lowerBound).flatMap { lexicon.surnames[$0] } ?? true
  }

  func isGiven(_ range: Range<Int>, in text: ScalarText) -> Bool {
    guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= text.count else { return false }
    return range.allSatisfy { text.isHan($0) && !Self.notGiven.contains(text.scalars[$0]) }
  }

  /// Whether a name may end before `index`: not a Han character, or one that starts what follows
  /// a name (a verb, a particle, a title: one of `titleStarts`).
  func endsName(at index: Int, in text: ScalarText, titleStarts: Set<Int>) -> Bool {
    guard let next = text.scalar(at: index), text.isHan(index) else { return true }
    if DictionaryDetector.functionCharacters.contains(next) { return true }
    return titleStarts.contains(index)
  }
}
