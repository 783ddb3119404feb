/// Finds organisations: a proper name before a generic tail from org-suffixes.txt (华源公司,
/// 鑫达建材有限公司 with its trade word, 王家村, 幸福路社区). Wholly generic names (县人民医院, 第一中学)
/// and weak tails (中心, 学校) are left to the place detector, which masks a place inside them.
struct OrganisationDetector {
  let lexicon: RedactionLexicon

  /// The last character of a village or community name (王家村, 马庄村, 幸福路社区): other words
  /// before 村 are generic (行政村, 贫困村, 软弱涣散村).
  static let villageEndings: [String: Set<Unicode.Scalar>] = [
    "村": Set("家庄寨营堡屯沟坪湾岭峪坊桥集铺塬岔店坝峁梁川口湖塘圩坡台垣园".unicodeScalars),
    "社区": Set("路街里苑园坊巷门城湾府庭苑居院".unicodeScalars),
  ]

  /// A tail followed by these is part of another word (大学生, 银行卡).
  static let tailBreakers: [String: Set<Unicode.Scalar>] = [
    "大学": ["生"], "中学": ["生"], "小学": ["生"], "银行": ["卡"], "公司": ["化"],
  ]

  func detect(in analysis: RedactionAnalysis) -> [DetectedName] {
    let text = analysis.text
    // The longest tail ending at each place (有限公司, not 公司).
    var longestByEnd: [Int: PhraseMatcher.Hit] = [:]
    for hit in analysis.hits(.orgTails) {
      if let other = longestByEnd[hit.range.upperBound], other.range.count >= hit.range.count { continue }
      longestByEnd[hit.range.upperBound] = hit
    }
    var found: [DetectedName] = []
    for hit in longestByEnd.values {
      let tailText = lexicon.phrases(.orgTails)[hit.phrase]
      let info = lexicon.orgTailInfo[hit.phrase]
      if info.weak || info.kind == "party-unit" { continue }
      if let next = text.scalar(at: hit.range.upperBound), Self.tailBreakers[tailText]?.contains(next) == true { continue }
      let tail = hit.range.lowerBound
      if info.kind == "village" {
        guard let endings = Self.villageEndings[tailText], let last = text.scalar(at: tail - 1), endings.contains(last)
        else { continue }
        for length in [3, 2] where isProperName((tail - length)..<tail, in: text) {
          found.append(DetectedName(range: (tail - length)..<hit.range.upperBound, proper: (tail - length)..<tail))
          break
        }
        continue
      }
      // 字号 + 行业 + 组织形式: the trade word goes with the name.
      var nameEnd = tail
      for length in [3, 2] where nameEnd - length >= 0 {
        if lexicon.industryWords.contains((nameEnd - length)..<nameEnd, in: text) {
          nameEnd -= length
          break
        }
      }
      let name = (nameEnd - 2)..<nameEnd
      guard isProperName(name, in: text) else { continue }
      found.append(DetectedName(range: name.lowerBound..<hit.range.upperBound, proper: name.lowerBound..<tail))
    }
    return DetectedName.resolve(found)
  }

  /// Han characters only, no place or body character, no particle, not a generic word.
  func isProperName(_ range: Range<Int>, in text: ScalarText) -> Bool {
    guard range.lowerBound >= 0, range.allSatisfy(text.isHan) else { return false }
    if lexicon.genericWords.contains(range, in: text) { return false }
    return !range.contains { index in
      DictionaryDetector.bodyCharacters.contains(text.scalars[index])
        || DictionaryDetector.functionCharacters.contains(text.scalars[index])
    }
  }
}
