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

  func detect(in text: ScalarText) -> [DetectedName] {
    var found: [DetectedName] = []
    var confirmed: Set<String> = []
    for hit in lexicon.divisionTails.allHits(in: text) {
      let tail = lexicon.divisionTails.phrases[hit.phrase]
      let start = hit.range.lowerBound
      guard let table = lexicon.divisions[tail] else { continue }
      if let next = text.scalar(at: hit.range.upperBound), Self.tailBreakers[tail]?.contains(next) == true { continue }
      for length in stride(from: min(6, start), through: 1, by: -1) {
        let properRange = (start - length)..<start
        guard properRange.allSatisfy(text.isHan) else { continue }
        let proper = text.string(properRange)
        guard let division = table[proper] else { continue }
        if division.oneChar {
          // 赵县长 is a person; 全县 is no place.
          if text.scalar(at: hit.range.upperBound) == "长" || Self.notOneCharProper.contains(text.scalars[properRange.lowerBound]) {
            continue
          }
        }
        found.append(DetectedName(range: properRange.lowerBound..<hit.range.upperBound, proper: properRange))
        if !division.oneChar && !division.word { confirmed.insert(proper) }
        break
      }
    }
    // A bare proper part (咸阳) is a place when the document also names it with its tail, when it
    // opens a title (《咸阳组工信息》) or when a telling word follows.
    var index = 0
    while index < text.count {
      var matched = false
      for length in [4, 3, 2] where index + length <= text.count {
        let range = index..<(index + length)
        let proper = text.string(range)
        guard lexicon.bareProperParts.contains(proper) else { continue }
        if confirmed.contains(proper) || text.scalar(at: index - 1) == "《"
          || Self.bareContextAfter.contains(where: { text.has($0, at: range.upperBound) })
        {
          found.append(DetectedName(range: range, proper: range))
          index = range.upperBound
          matched = true
          break
        }
      }
      if !matched { index += 1 }
    }
    return DetectedName.resolve(found)
  }
}
