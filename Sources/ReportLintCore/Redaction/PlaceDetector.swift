/// Finds administrative divisions: a proper part from divisions.tsv followed by its own tail
/// (咸阳市, 拜泉县委 → 拜泉县, 新疆维吾尔自治区), and bare proper parts (咸阳) where the text shows they
/// are places.
struct PlaceDetector {
  let lexicon: RedactionLexicon

  /// One-character proper parts stand for a place only after these (在沛县, 赴礼县), never after
  /// a word that makes 县/市 generic (全县, 各县, 该市): the data engineer's rule is "with tail and
  /// context only".
  /// Particles count too: 乡镇和县直单位 is no 和县, 同志任县委常委 no 任县.
  static let notOneCharProper: Set<Unicode.Scalar> = Set("全各本该我邻两三四五六七八九十每此外市省县区乡镇村城郊矿新老旧附近周一二同分下上原州旗盟大小".unicodeScalars)
    .union(DictionaryDetector.functionCharacters)
  /// Words after a bare proper part that make it a place (咸阳组工, 咸阳党建).
  static let bareContextAfter = ["组工", "党建", "日报", "晚报", "新闻", "籍"]
  /// A tail followed by these is not a tail (市场, 区域, 乡村, 乡镇).
  static let tailBreakers: [String: Set<Unicode.Scalar>] = [
    "市": Set("场值".unicodeScalars), "区": Set("域别分间".unicodeScalars), "乡": Set("村镇亲土愁贤".unicodeScalars),
  ]

  func detect(in analysis: RedactionAnalysis) -> [DetectedName] {
    let text = analysis.text
    var found: [DetectedName] = []
    var confirmed: Set<String> = []
    for hit in analysis.hits(.divisionTails) {
      let tail = lexicon.phrases(.divisionTails)[hit.phrase]
      let start = hit.range.lowerBound
      guard let table = lexicon.divisions[tail] else { continue }
      if let next = text.scalar(at: hit.range.upperBound), Self.tailBreakers[tail]?.contains(next) == true { continue }
      // A proper part is Han characters only, at most six of them.
      var hanBefore = 0
      while hanBefore < min(6, start), text.isHan(start - hanBefore - 1) { hanBefore += 1 }
      for length in stride(from: hanBefore, through: 1, by: -1) {
        let properRange = (start - length)..<start
        guard let division = table.value(of: properRange, in: text) else { continue }
        if division.oneChar {
          // 赵县长 is a person; 全县 is no place.
          if text.scalar(at: hit.range.upperBound) == "长" || Self.notOneCharProper.contains(text.scalars[properRange.lowerBound]) {
            continue
          }
        }
        found.append(DetectedName(range: properRange.lowerBound..<hit.range.upperBound, proper: properRange))
        if !division.oneChar && !division.word { confirmed.insert(text.string(properRange)) }
        break
      }
    }
    found += bareProperParts(in: analysis, confirmed: confirmed)
    return DetectedName.resolve(found)
  }

  /// Bare proper parts (咸阳) that are places: the document also names them with their tail
  /// (`confirmed`), one opens a title (《咸阳组工信息》) or a telling word follows. Leftmost first,
  /// then the longest (4, 3, then 2 characters), and the next looked for after the one found.
  func bareProperParts(in analysis: RedactionAnalysis, confirmed: Set<String>) -> [DetectedName] {
    let text = analysis.text
    // Where one may start: where the lexicon scan saw one in plain text, and just before a scalar
    // that is not plain, where only a String comparison can tell.
    let plainHits = Set(analysis.hits(.bareProperParts).map(\.range))
    var starts = plainHits.map(\.lowerBound)
    for position in text.variantPositions { starts += max(0, position - 3)...position }
    var found: [DetectedName] = []
    var index = 0
    for start in Set(starts).sorted() where start >= index {
      for length in [4, 3, 2] where start + length <= text.count {
        let range = start..<(start + length)
        let isProperPart = text.isPlain(range) ? plainHits.contains(range) : lexicon.bareProperParts.contains(range, in: text)
        guard isProperPart else { continue }
        if confirmed.contains(text.string(range)) || text.scalar(at: start - 1) == "《"
          || Self.bareContextAfter.contains(where: { text.has($0, at: range.upperBound) })
        {
          found.append(DetectedName(range: range, proper: range))
          index = range.upperBound
          break
        }
      }
    }
    return found
  }
}
