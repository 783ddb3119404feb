/// `--format sarif`: SARIF 2.1.0 for GitHub code scanning (`github/codeql-action/upload-sarif`) and
/// other static-analysis dashboards. One run; the rules of the context in `tool.driver.rules`;
/// columns in Unicode scalars, which the run declares with `columnKind`.
public struct SARIFReporter: Reporter {
  public static let identifier = "sarif"

  public init() {}

  public func report(_ files: [FileReport]) -> String { report(files, context: ReportContext()) }

  public func report(_ files: [FileReport], context: ReportContext) -> String {
    let rules = Self.rules(context.rules, files)
    let index = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1.id, $0) })
    var results: [JSONValue] = []
    for file in files {
      guard let document = file.document else { continue }
      for (located, numbered) in zip(file.located, FindingIdentity.numbered(file)) {
        results.append(result(located, numbered, ruleIndex: index[located.diagnostic.ruleID]!, document))
      }
    }
    let problems = files.flatMap { file in file.problems.map { (file.path, $0) } }
    let root = JSONValue.object([
      ("$schema", .string("https://json.schemastore.org/sarif-2.1.0.json")),
      ("version", .string("2.1.0")),
      (
        "runs",
        .array([
          .object([
            (
              "tool",
              .object([
                (
                  "driver",
                  .object([
                    ("name", .string("reportlint")),
                    ("version", .string(context.toolVersion)),
                    ("rules", .array(rules.map(rule))),
                  ])
                )
              ])
            ),
            ("invocations", .array([invocation(problems)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
          ])
        ])
      ),
    ])
    return root.serialized() + "\n"
  }

  /// The context's rules plus any rule a finding names that the context lacks (so every
  /// `ruleIndex` resolves), sorted by id for stable output.
  static func rules(_ known: [RuleDescriptor], _ files: [FileReport]) -> [RuleDescriptor] {
    var byID: [String: RuleDescriptor] = [:]
    for descriptor in known { byID[descriptor.id] = descriptor }
    for file in files {
      for diagnostic in file.diagnostics where byID[diagnostic.ruleID] == nil {
        byID[diagnostic.ruleID] = RuleDescriptor.placeholder(id: diagnostic.ruleID)
      }
    }
    return byID.values.sorted { $0.id < $1.id }
  }

  private func rule(_ descriptor: RuleDescriptor) -> JSONValue {
    var help = descriptor.description
    if let link = descriptor.link { help += "\n参见：\(link)" }
    var fields: [(String, JSONValue)] = [
      ("id", .string(descriptor.id)),
      ("shortDescription", .object([("text", .string(descriptor.description))])),
      ("help", .object([("text", .string(help))])),
    ]
    // Links in the packs are often standard numbers (GB/T 15834), which are not URIs.
    if let link = descriptor.link, link.hasPrefix("https://") || link.hasPrefix("http://") {
      fields.append(("helpUri", .string(link)))
    }
    fields.append(("defaultConfiguration", .object([("level", .string(Self.level(descriptor.severity)))])))
    fields.append(("properties", .object([("tags", .array([.string(descriptor.pack)]))])))
    return .object(fields)
  }

  private func result(
    _ located: LocatedDiagnostic, _ numbered: (identity: FindingIdentity, occurrence: Int),
    ruleIndex: Int, _ document: Document
  ) -> JSONValue {
    let diagnostic = located.diagnostic
    let uri = Self.uri(document.path)
    var fields: [(String, JSONValue)] = [
      ("ruleId", .string(diagnostic.ruleID)),
      ("ruleIndex", .int(ruleIndex)),
      ("level", .string(Self.level(diagnostic.severity))),
      ("message", .object([("text", .string(diagnostic.message))])),
      (
        "locations",
        .array([
          .object([
            (
              "physicalLocation",
              .object([
                ("artifactLocation", .object([("uri", .string(uri))])),
                ("region", region(located.start, located.end, snippet: located.text)),
              ])
            )
          ])
        ])
      ),
      (
        "partialFingerprints",
        .object([("reportlintFinding/v1", .string("\(numbered.identity.hash):\(numbered.occurrence)"))])
      ),
    ]
    if let fix = diagnostic.fix {
      let replacements = fix.edits.map { edit in
        JSONValue.object([
          (
            "deletedRegion",
            region(document.location(of: edit.range.lowerBound), document.location(of: edit.range.upperBound))
          ),
          ("insertedContent", .object([("text", .string(edit.replacement))])),
        ])
      }
      fields.append((
        "fixes",
        .array([
          .object([
            ("description", .object([("text", .string(fix.isSafe ? "可自动修复" : "建议修改（需人工确认）"))])),
            (
              "artifactChanges",
              .array([
                .object([
                  ("artifactLocation", .object([("uri", .string(uri))])),
                  ("replacements", .array(replacements)),
                ])
              ])
            ),
          ])
        ])
      ))
    }
    return .object(fields)
  }

  private func region(_ start: SourceLocation, _ end: SourceLocation, snippet: String? = nil) -> JSONValue {
    var fields: [(String, JSONValue)] = [
      ("startLine", .int(start.line)), ("startColumn", .int(start.column)),
      ("endLine", .int(end.line)), ("endColumn", .int(end.column)),
    ]
    if let snippet { fields.append(("snippet", .object([("text", .string(snippet))]))) }
    return .object(fields)
  }

  /// Files that could not be linted become notifications, so a dashboard shows a partial run.
  private func invocation(_ problems: [(path: String, message: String)]) -> JSONValue {
    var fields: [(String, JSONValue)] = [("executionSuccessful", .bool(problems.isEmpty))]
    if !problems.isEmpty {
      fields.append((
        "toolExecutionNotifications",
        .array(problems.map { problem in
          .object([
            ("level", .string("error")),
            ("message", .object([("text", .string("\(problem.path): \(problem.message)"))])),
          ])
        })
      ))
    }
    return .object(fields)
  }

  static func level(_ severity: Severity) -> String {
    switch severity {
    case .error: return "error"
    case .warning: return "warning"
    case .info: return "note"
    }
  }

  /// A relative URI reference: SARIF requires RFC 3986, so non-ASCII (Chinese file names), spaces
  /// and reserved characters are percent-encoded byte by byte; `/` stays a separator.
  static func uri(_ path: String) -> String {
    var path = Substring(path)
    while path.hasPrefix("./") { path = path.dropFirst(2) }
    var result = ""
    for byte in path.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
        UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
        result.unicodeScalars.append(Unicode.Scalar(byte))
      default:
        let hex = String(byte, radix: 16, uppercase: true)
        result += "%" + (hex.count == 1 ? "0" : "") + hex
      }
    }
    return result
  }
}
