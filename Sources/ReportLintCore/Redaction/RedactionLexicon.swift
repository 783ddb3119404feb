import PCRE2

/// The redaction pack's data lists (`data/*.txt`, `data/*.tsv`), parsed once per process and shared
/// by every `redact` rule: what to keep (set phrases, keep names, keep patterns), and what the
/// dictionary detectors need (divisions, surnames, titles, organisation tails).
final class RedactionLexicon: Sendable {
  /// A division known by its proper part and generic tail (咸阳 + 市).
  struct Division: Sendable {
    var level: String
    var oneChar: Bool
    var word: Bool
    var former: Bool
  }

  struct Title: Sendable {
    var before: Bool
    var after: Bool
    var weak: Bool
  }

  struct OrgTail: Sendable {
    var kind: String
    var weak: Bool
  }

  /// The word lists found in a document by one scan of `phraseLists` (`RedactionAnalysis.hits`).
  enum PhraseList: Int, CaseIterable {
    case setPhrases, keepNames, divisionTails, bareProperParts, titles, orgTails
  }

  /// Every `PhraseList`, in that order. The bare proper parts are those of 2–4 characters in
  /// canonical decomposition (the place detector looks for no others, and finds them in plain
  /// text: see `WordTable`).
  let phraseLists: PhraseMatcher

  // What stays.
  let commonKeepNames: Set<String>
  let keepPatterns: [Regex]

  // Places: tail → proper part → division; bare proper parts that may be masked without a tail.
  let divisions: [String: WordTable<Division>]
  let bareProperParts: WordTable<Void>

  // Names.
  let surnames: [Unicode.Scalar: Bool]  // → common-char
  let compoundSurnames: WordTable<Bool>
  let titleInfo: [Title]

  // Organisations.
  let orgTailInfo: [OrgTail]
  let industryWords: WordTable<Void>
  let genericWords: WordTable<Void>

  static let files = [
    "data/set-phrases.txt", "data/keep-names.txt", "data/keep-patterns.txt", "data/divisions.tsv",
    "data/surnames.txt", "data/titles.txt", "data/org-suffixes.txt", "data/org-words.txt",
  ]

  /// The lexicon of the definition's pack. The data files are looked up now (a missing one is a
  /// load error naming it); parsing waits for the first rule that runs, through the shared cache,
  /// because it costs a third of a second that a draft lint, where no redact rule runs, should
  /// not pay.
  static func lazy(for definition: RuleDefinition) throws(RuleLoadError) -> @Sendable () throws -> RedactionLexicon {
    var files: [(path: String, contents: String)] = []
    for name in Self.files { files.append(try definition.dataFile(name)) }
    let ruleFile = definition.descriptor.file
    let lists = files
    // Looked up in the shared cache once per rule, not once per document: the key holds 1.3 MB
    // of lists, and hashing it for every document made the redacted profile 200 times slower.
    let lexicon = Once<RedactionLexicon> {
      let key = (path: lists.map(\.path).joined(separator: "|"), contents: lists.map(\.contents).joined(separator: "\u{1}"))
      do {
        return try DataFileCache.shared.value(for: key, as: RedactionLexicon.self) {
          try RedactionLexicon(lists.map { DataList($0.contents) }, paths: lists.map(\.path))
        }
      } catch let error as RuleLoadError {
        throw error
      } catch {
        throw RuleLoadError(file: ruleFile, line: nil, message: "\(error)")
      }
    }
    return { try lexicon.get() }
  }

  init(_ lists: [DataList], paths: [String]) throws(RuleLoadError) {
    let (phrases, keep, patterns, divisionList, surnameList, titleList, tails, words) =
      (lists[0], lists[1], lists[2], lists[3], lists[4], lists[5], lists[6], lists[7])

    // The seeds mix ＋ and +: every phrase with + is also listed with ＋.
    var phraseTexts = phrases.rows.map(\.entry)
    phraseTexts += phraseTexts.filter { $0.contains("+") }.map { $0.replacingOccurrences(of: "+", with: "＋") }
    commonKeepNames = Set(keep.rows.filter { $0.flags(2).contains("common-name") }.map(\.entry))
    var regexes: [Regex] = []
    for row in patterns.rows {
      do {
        regexes.append(try Regex(row.entry, options: .rulePattern))
      } catch {
        throw RuleLoadError(file: paths[2], line: nil, message: "pattern does not compile: \(error.description): \(row.entry)")
      }
    }
    keepPatterns = regexes

    var byTail: [String: [(String, Division)]] = [:]
    var bare: [String] = []
    for row in divisionList.rows where row.fields.count >= 4 {
      let flags = row.flags(5)
      let division = Division(
        level: row.field(3), oneChar: flags.contains("one-char") || row.field(1).unicodeScalars.count == 1,
        word: flags.contains("word"), former: flags.contains("former"))
      byTail[row.field(2), default: []].append((row.field(1), division))
      if !division.oneChar, !division.word, division.level != "town" { bare.append(row.field(1)) }
    }
    divisions = byTail.mapValues { WordTable($0) }
    bareProperParts = WordTable(bare)

    var single: [Unicode.Scalar: Bool] = [:]
    var compound: [(String, Bool)] = []
    for row in surnameList.rows {
      let common = row.flags(3).contains("common-char")
      let scalars = Array(row.entry.unicodeScalars)
      if scalars.count == 1 { single[scalars[0]] = common } else { compound.append((row.entry, common || Self.wordLikeCompounds.contains(row.entry))) }
    }
    surnames = single
    compoundSurnames = WordTable(compound)

    titleInfo = titleList.rows.map { row in
      let position = row.field(1)
      return Title(before: position != "after", after: position != "before", weak: row.flags(2).contains("weak"))
    }
    orgTailInfo = tails.rows.map { OrgTail(kind: $0.field(1), weak: $0.flags(2).contains("weak")) }
    industryWords = WordTable(words.rows.filter { $0.field(1) == "industry" }.map(\.entry))
    genericWords = WordTable(words.rows.filter { $0.field(1) == "generic" }.map(\.entry))

    var lists = [[String]](repeating: [], count: PhraseList.allCases.count)
    lists[PhraseList.setPhrases.rawValue] = phraseTexts
    lists[PhraseList.keepNames.rawValue] = keep.rows.map(\.entry)
    lists[PhraseList.divisionTails.rawValue] = Array(byTail.keys)
    lists[PhraseList.bareProperParts.rawValue] = bareProperParts.decomposedWords.filter { (2...4).contains($0.unicodeScalars.count) }
    lists[PhraseList.titles.rawValue] = titleList.rows.map(\.entry)
    lists[PhraseList.orgTails.rawValue] = tails.rows.map(\.entry)
    phraseLists = PhraseMatcher(lists: lists)
  }

  /// Compound surnames that are also ordinary words or places (surnames.txt names them).
  static let wordLikeCompounds: Set<String> = ["东方", "百里", "第五", "单于", "东门", "西门", "南门", "南宫", "公孙", "司空", "长孙", "乐正"]

  /// Context after a `common-name` keep entry that shows the national figure (李强总理, 雷锋精神).
  static let nationalContextAfter = ["总理", "副总理", "委员长", "主席", "副主席", "总书记", "元帅", "将军", "烈士", "精神", "式", "思想", "理论", "同志的", "等老一辈"]

  func phrases(_ list: PhraseList) -> [String] { phraseLists.lists[list.rawValue] }

  /// Scalar ranges redact must leave alone: set phrases, keep names (a `common-name` one only in a
  /// national context), and matches of the keep patterns. `hits` are the text's `phraseLists` hits.
  func protectedRanges(in text: ScalarText, hits: [[PhraseMatcher.Hit]], context: LintContext) throws -> [Range<Int>] {
    var ranges = hits[PhraseList.setPhrases.rawValue].map(\.range)
    for hit in hits[PhraseList.keepNames.rawValue] {
      let name = phrases(.keepNames)[hit.phrase]
      if commonKeepNames.contains(name) {
        let national =
          Self.nationalContextAfter.contains { text.has($0, at: hit.range.upperBound) }
          || text.hasSuffix("学", before: hit.range.lowerBound) || text.hasSuffix("总理", before: hit.range.lowerBound)
        if !national { continue }
      }
      ranges.append(hit.range)
    }
    try text.utf8.withUnsafeBufferPointer { buffer in
      for regex in keepPatterns {
        try regex.forEachMatch(in: buffer, context: context.matchContext, trustedUTF8: true) { match in
          ranges.append(text.index(ofByte: match.range.lowerBound)..<text.index(ofByte: match.range.upperBound))
          return true
        }
      }
    }
    return ranges
  }

  func isSurname(_ scalar: Unicode.Scalar?) -> Bool { scalar.map { surnames[$0] != nil } ?? false }
}
