/// The `--map` file of `reportlint redact`: each masked value with its mask, category, rule and
/// position, so the person who redacted a report can restore or audit it. It holds exactly what was
/// removed, so it is written with mode 0600.
public enum RedactionMap {
  public static func json(_ spans: [RedactionSpan], in document: Document) -> String {
    let entries = spans.map { span -> JSONValue in
      let start = document.location(of: span.range.lowerBound)
      return .object([
        ("original", .string(span.original)), ("mask", .string(span.replacement)),
        ("category", .string(span.category.rawValue)), ("rule", .string(span.ruleID)),
        ("line", .int(start.line)), ("column", .int(start.column)),
      ])
    }
    return JSONValue.object([("version", .int(1)), ("path", .string(document.path)), ("entries", .array(entries))])
      .serialized() + "\n"
  }
}
