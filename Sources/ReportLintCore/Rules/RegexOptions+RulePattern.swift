import PCRE2

extension RegexOptions {
  /// How every pattern of a rule pack, a data file or the built-in structure scanner is compiled:
  /// UTF-8 with Unicode classes (`\p{Han}`, `\d` as any digit), `^` and `$` at line ends. One
  /// place, so a rule and the redaction lexicon cannot come to read a pattern differently.
  static let rulePattern: RegexOptions = [.utf, .ucp, .multiline]
}
