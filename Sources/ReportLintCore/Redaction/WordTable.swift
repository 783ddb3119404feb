/// Words of a data list with a value each, looked up by a range of a `ScalarText`. The answer is
/// the one a `[String: Value]` gives for the String of that range: Strings compare by canonical
/// equivalence, so the table is keyed by each word's canonical decomposition, and a plain range
/// (nearly every one, see `CanonicalForm`) is its own, looked up by its scalars as they stand.
/// Making and hashing a String per candidate was most of the place detector's time.
struct WordTable<Value: Sendable>: Sendable {
  private let byScalars: [ArraySlice<Unicode.Scalar>: Value]

  /// Where two words are equal as Strings, the later one's value stays, as in a dictionary.
  init(_ pairs: some Sequence<(String, Value)>) {
    var byScalars: [ArraySlice<Unicode.Scalar>: Value] = [:]
    for (word, value) in pairs { byScalars[ArraySlice(CanonicalForm.decomposed(word))] = value }
    self.byScalars = byScalars
  }

  /// The value of the word the text spells in `range` (scalar indices), if any.
  func value(of range: Range<Int>, in text: ScalarText) -> Value? {
    text.isPlain(range) ? byScalars[text.scalars[range]] : byScalars[ArraySlice(CanonicalForm.decomposed(text.string(range)))]
  }

  func contains(_ range: Range<Int>, in text: ScalarText) -> Bool { value(of: range, in: text) != nil }

  /// The words in canonical decomposition: what a scan for them in plain text looks for.
  var decomposedWords: [String] { byScalars.keys.map { String(String.UnicodeScalarView($0)) } }
}

extension WordTable where Value == Void {
  /// A set of words.
  init(_ words: some Sequence<String>) {
    self.init(words.lazy.map { ($0, ()) })
  }
}
