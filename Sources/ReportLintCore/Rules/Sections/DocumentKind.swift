import PCRE2
import Yams

/// A kind of document (汇报, 请示, 报告, 通知) as a pack describes it in `kinds/<name>.yml`: how its
/// title ends, the parts it has in order, its closing formula, and phrases it must not contain.
///
/// A class: every sections rule reads the kind of every document, and copying a struct of seven
/// arrays and strings retained and released each of them (a twentieth of linting a short file).
final class DocumentKind: Sendable {
  /// Its names; the first is shown in messages, any may be given as `kind:` in `.reportlint.yml`.
  let names: [String]
  let titles: [Regex]
  let sections: [SectionSpec]
  /// The names of the parts that are not optional, joined with 、 (as the missing-part message
  /// lists them): joined once here, not for every document.
  let requiredSectionNames: String
  /// Literal closing formulas; the body must contain one of them.
  let closings: [String]
  /// Their UTF-8 bytes, made once here rather than for every document.
  let closingBytes: [[UInt8]]
  let forbidden: [Regex]

  var name: String { names[0] }

  /// `analysesPatterns`: whether the parts' pattern sets work out their required literals
  /// (`PatternSet`); not for a run over little text (`RuleDefinition.analysesPatterns`).
  init(fields: YAMLFields, analysesPatterns: Bool) throws(RuleLoadError) {
    guard let names = try fields.strings("names"), !names.isEmpty else { throw fields.error("missing “names”") }
    self.names = names
    titles = try Self.patterns(fields, "title")
    var sections: [SectionSpec] = []
    if let list = fields.value("sections") {
      guard let items = list.sequence else { throw fields.error("“sections” must be a list", at: list) }
      for item in items {
        let section = try YAMLFields(file: fields.file, node: item)
        sections.append(
          SectionSpec(
            name: try section.requiredString("name"),
            headings: try Self.patternSet(section, "headings", analysesPatterns: analysesPatterns),
            paragraphs: try Self.patternSet(section, "paragraphs", analysesPatterns: analysesPatterns),
            fallback: try section.bool("fallback") ?? false,
            optional: try section.bool("optional") ?? false))
        if let extra = section.unusedKeys.first {
          throw section.error("unknown key “\(extra.key)” in a section (name, headings, paragraphs, fallback, optional)")
        }
      }
    }
    self.sections = sections
    requiredSectionNames = sections.filter { !$0.optional }.map(\.name).joined(separator: "、")
    closings = try fields.strings("closing") ?? []
    closingBytes = closings.map { Array($0.utf8) }
    forbidden = try Self.patterns(fields, "forbidden")
    try checkExamples(fields)
    if let extra = fields.unusedKeys.first {
      throw fields.error("unknown key “\(extra.key)” (known: names, title, sections, closing, forbidden, examples)")
    }
  }

  /// `examples: {titles: […], not-titles: […]}`: title lines the kind must recognise and ones it
  /// must not (政府工作报告 is no 报告 of this kind). Checked at every load, so a title pattern
  /// that stops doing its job is a load error, and the test suite sees it.
  private func checkExamples(_ fields: YAMLFields) throws(RuleLoadError) {
    guard let node = fields.value("examples") else {
      throw fields.error("missing “examples”: titles the kind recognises (titles) and does not (not-titles)")
    }
    let examples = try YAMLFields(file: fields.file, node: node)
    let recognised = try examples.strings("titles") ?? []
    let refused = try examples.strings("not-titles") ?? []
    if recognised.isEmpty { throw examples.error("“examples” needs at least one title in “titles”") }
    for title in recognised where !recognises(title) {
      throw examples.error("example title “\(title)” is not recognised as \(names[0])")
    }
    for title in refused where recognises(title) {
      throw examples.error("example title “\(title)” is recognised as \(names[0]), but is listed in not-titles")
    }
    if let extra = examples.unusedKeys.first {
      throw examples.error("unknown key “\(extra.key)” in examples (titles, not-titles)")
    }
  }

  func recognises(_ title: String) -> Bool {
    titles.contains { ((try? $0.matches(in: title)) ?? []).isEmpty == false }
  }

  private static func patterns(_ fields: YAMLFields, _ key: String) throws(RuleLoadError) -> [Regex] {
    var regexes: [Regex] = []
    for pattern in try fields.strings(key) ?? [] {
      regexes.append(try RuleDefinition.compile(pattern, key: key, fields: fields))
    }
    return regexes
  }

  private static func patternSet(_ fields: YAMLFields, _ key: String, analysesPatterns: Bool) throws(RuleLoadError)
    -> PatternSet
  {
    PatternSet(try patterns(fields, key), analysesPatterns: analysesPatterns) {
      try? RuleDefinition.compile($0, key: key, fields: fields)
    }
  }

  /// The title: the first line at the head of the document that reads like one — short, with no
  /// sentence punctuation. Lines before it that are sentences are skipped (a writer's note); a
  /// numbered heading or the fifth line ends the search. 政府工作报告 and documents that open
  /// with their body text (各位代表：, 今年以来，…) have no title a kind matches.
  static func titleParagraph(of document: Document) -> Paragraph? {
    for paragraph in document.structure.paragraphs.prefix(5) {
      if paragraph.marker != nil { return nil }
      if readsLikeTitle(paragraph.textRange, in: document) { return paragraph }
    }
    return nil
  }

  /// At most 60 characters and none of 。，；：！？,;:!? — counted on scalars when the text is plain.
  static func readsLikeTitle(_ range: ByteRange, in document: Document) -> Bool {
    var count = 0
    var hasPunctuation = false
    let punctuation = sentencePunctuationScalars
    let isPlain = PlainText.forEachScalar(document.text, range) { scalar in
      count += 1
      // No mark is Han, most of the text: it is passed without the search.
      hasPunctuation = !(0x4E00...0x9FFF).contains(scalar.value) && punctuation.contains(scalar)
      return count <= 60 && !hasPunctuation  // past that the answer is no
    }
    guard isPlain else {
      let text = document.string(range)
      return text.count <= 60 && !text.contains(where: { sentencePunctuation.contains($0) })
    }
    return count <= 60 && !hasPunctuation
  }

  private static let sentencePunctuation = "。，；：！？,;:!?"
  /// An array: ten compares cost less than hashing each scalar into a set.
  private static let sentencePunctuationScalars = Array(sentencePunctuation.unicodeScalars)
}
