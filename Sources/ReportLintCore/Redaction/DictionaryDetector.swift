/// The detectors a `redact` rule may name (`detector: place`) instead of a pattern: names that no
/// pattern can find, looked up in the pack's data lists.
enum DictionaryDetector: String, Sendable, CaseIterable {
  case place, organisation, person

  func detect(in analysis: RedactionAnalysis, lexicon: RedactionLexicon) -> [DetectedName] {
    switch self {
    case .place: return PlaceDetector(lexicon: lexicon).detect(in: analysis)
    case .organisation: return OrganisationDetector(lexicon: lexicon).detect(in: analysis)
    case .person: return PersonNameDetector(lexicon: lexicon).detect(in: analysis)
    }
  }

  /// Characters that end a name or a proper part rather than belong to it: particles, verbs and
  /// pronouns that follow or precede names in report prose.
  static let functionCharacters: Set<Unicode.Scalar> = Set(
    "的了和与及并或在是为对把被将让使向从到等也都不没已就才又再还很最更各每该其此这那我你他她们之以于由给得着过地所要会能同作带任担参分说讲出率指表发介汇陪深负代牵亲先获荣当均主"
      .unicodeScalars)

  /// Characters that mark a place or a body (县委, 市局): a span holding one is not a proper name.
  static let bodyCharacters: Set<Unicode.Scalar> = Set("省市县区镇乡村州旗委局部厅处科办院校所室队组会党团支".unicodeScalars)
}
