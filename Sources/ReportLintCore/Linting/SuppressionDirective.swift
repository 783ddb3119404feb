import PCRE2

/// An HTML comment in Markdown that turns rules off:
/// `<!-- reportlint-disable [RULE…] -->` … `<!-- reportlint-enable [RULE…] -->` and
/// `<!-- reportlint-disable-next-line [RULE…] -->`. RULE is a rule id or a pack name; none means
/// every rule. Plain text has no comments, so it uses the configuration's `ignore` entries.
struct SuppressionDirective: Sendable {
  enum Kind: String, Sendable {
    case disable
    case enable
    case disableNextLine = "disable-next-line"
  }

  var kind: Kind
  var rules: [String]
  /// The whole comment.
  var range: ByteRange

  // Rule names are ASCII (`pack.file-name`); anything up to `-->` that is not space is taken, so
  // a misspelt id shows up as an unused suppression rather than being silently ignored.
  private static let regex = try! Regex(
    #"<!--[ \t]*reportlint-(disable-next-line|disable|enable)((?:[ \t]+(?:(?!-->)[^\s])+)*)[ \t]*-->"#,
    options: [.utf])

  /// The directives of a Markdown document, in order, outside code.
  static func scan(_ document: Document) -> [SuppressionDirective] {
    guard document.format == .markdown else { return [] }
    let matches = (try? regex.matches(in: document.text)) ?? []
    return matches.compactMap { match in
      guard !document.isIgnored(match.range), let kindRange = match[group: 1],
        let kind = Kind(rawValue: document.string(kindRange))
      else { return nil }
      let rules = match[group: 2].map { document.string($0).split(whereSeparator: \.isWhitespace).map(String.init) } ?? []
      return SuppressionDirective(kind: kind, rules: rules, range: match.range)
    }
  }

  /// The suppressions a document's directives make: a `disable` lasts until an `enable` naming
  /// its rule (or naming none) or the end of the file; `disable-next-line` covers the next line.
  static func suppressions(in document: Document) -> [Suppression] {
    var result: [Suppression] = []
    var open: [(rule: String?, start: Int, origin: ByteRange)] = []
    func close(where shouldClose: (String?) -> Bool, at end: Int) {
      for entry in open where shouldClose(entry.rule) {
        result.append(
          Suppression(rule: entry.rule, scope: .bytes(entry.start..<end), origin: entry.origin,
            label: label("disable", entry.rule)))
      }
      open.removeAll { shouldClose($0.rule) }
    }
    let selectors: ([String]) -> [String?] = { $0.isEmpty ? [nil] : $0.map { $0 } }
    for directive in scan(document) {
      switch directive.kind {
      case .disable:
        for rule in selectors(directive.rules) { open.append((rule, directive.range.upperBound, directive.range)) }
      case .enable:
        let names = Set(directive.rules)
        close(where: { names.isEmpty || ($0.map(names.contains) ?? false) }, at: directive.range.lowerBound)
      case .disableNextLine:
        let lines = document.lineIndex
        let line = lines.line(containing: directive.range.upperBound)
        guard line < lines.lineCount else { continue }
        let next = lines.range(ofLine: line + 1)
        for rule in selectors(directive.rules) {
          result.append(
            Suppression(rule: rule, scope: .bytes(next), origin: directive.range,
              label: label("disable-next-line", rule)))
        }
      }
    }
    close(where: { _ in true }, at: document.text.count)
    return result
  }

  private static func label(_ kind: String, _ rule: String?) -> String {
    "“reportlint-\(kind)\(rule.map { " " + $0 } ?? "")”"
  }
}
