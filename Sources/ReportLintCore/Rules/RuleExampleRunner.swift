/// Runs a rule's examples as tests: valid texts raise nothing, invalid ones raise the rule (at the
/// `↓` marks), and fixes give exactly the expected text. Each example runs four ways — as written,
/// behind a multi-byte prefix, with CRLF line ends, and round-tripped through GB18030 — because
/// real reports come in all of these.
public struct RuleExampleRunner {
  public enum Variant: String, CaseIterable, Sendable {
    case plain
    case multibytePrefix = "behind a multi-byte prefix"
    case crlf = "with CRLF line ends"
    case gb18030 = "as GB18030"
  }

  public struct Failure: Sendable, CustomStringConvertible {
    public var ruleID: String
    public var file: String
    public var variant: Variant
    public var message: String
    public var description: String { "\(file): \(ruleID) (\(variant.rawValue)): \(message)" }
  }

  /// Text put before each example, on its own line: double-width characters, a four-byte
  /// emoji and a full-width space, so byte offsets and columns part ways.
  static let prefix = "　示例前缀：汉字𠀀😀。\n"

  public init() {}

  public func run(_ rule: any Rule) -> [Failure] {
    Variant.allCases.flatMap { run(rule, variant: $0) }
  }

  func run(_ rule: any Rule, variant: Variant) -> [Failure] {
    var failures: [Failure] = []
    let descriptor = rule.descriptor
    func fail(_ message: String) {
      failures.append(Failure(ruleID: descriptor.id, file: descriptor.file, variant: variant, message: message))
    }
    let profile: Profile = descriptor.profiles.contains(.draft) ? .draft : .redacted
    let context = LintContext(profile: profile)
    let scan = LiteralScan(rules: [rule])
    // Read once: a built-in rule's examples are parsed from its file each time they are asked for.
    let examples = descriptor.examples
    /// The findings as `lint` computes them, from the shared literal scan; they must equal a
    /// plain check's, or the rule's prefilter (`PatternPrefilter`) dropped or invented one.
    func check(_ document: Document) throws -> [Diagnostic] {
      var scanned = context
      let hits = scan.hitsByRule(in: document.text)
      scanned.literalHits = hits.hits(forRule: 0)
      scanned.runInHits = hits.runInHits
      let found = try rule.check(document, context: scanned)
      let plain = try rule.check(document.uncachedCopy(), context: context)
      if found != plain {
        fail(
          "the literal prefilter changed the findings on “\(document.string(0..<document.text.count))”: "
            + "\(found.count) with it, \(plain.count) without (a fault in reportlint, please report it)")
      }
      return found
    }

    for example in examples.valid {
      guard let (document, _) = prepare(example, variant) else { fail("cannot encode “\(example)”"); continue }
      do {
        let found = try check(document)
        if let first = found.first {
          fail("valid example “\(example)” raised: \(first.message) at “\(document.string(first.range))”")
        }
      } catch { fail("valid example “\(example)”: \(error)") }
    }

    for example in examples.invalid {
      let (plain, marks) = Self.removeMarkers(example)
      guard let (document, shift) = prepare(plain, variant) else { fail("cannot encode “\(example)”"); continue }
      do {
        let found = try check(document)
        if found.isEmpty {
          fail("invalid example “\(plain)” raised nothing")
        } else if !marks.isEmpty {
          let starts = Set(found.map(\.range.lowerBound))
          let expected = Set(marks.map { shift($0) })
          if starts != expected {
            let got = found.map { "“\(document.string($0.range))”" }.joined(separator: "、")
            fail("invalid example “\(example)”: findings start elsewhere than the ↓ marks (found \(got))")
          }
        }
      } catch { fail("invalid example “\(plain)”: \(error)") }
    }

    for example in examples.fixes {
      guard let (document, _) = prepare(example.before, variant),
        let (expected, _) = prepare(example.after, variant)
      else { fail("cannot encode “\(example.before)”"); continue }
      do {
        let fixed = try Self.applyFixes(of: rule, to: document, context: context)
        if fixed != expected.text {
          fail(
            "fixing “\(example.before)” gave “\(String(decoding: fixed, as: UTF8.self))”, expected “\(example.after)”")
        }
      } catch { fail("fix example “\(example.before)”: \(error)") }
    }
    return failures
  }

  /// Applies the rule's fixes (safe and suggested) with the fixer `reportlint fix` uses.
  static func applyFixes(of rule: any Rule, to document: Document, context: LintContext) throws -> [UInt8] {
    let fixer = Fixer(options: FixOptions(includeSuggestions: true)) { try rule.check($0, context: context) }
    return try fixer.fix(document).document.text
  }

  /// The example without its `↓` marks, and the byte offsets where they stood.
  static func removeMarkers(_ example: String) -> (String, [Int]) {
    var text = ""
    var marks: [Int] = []
    for character in example {
      if character == RuleExamples.marker {
        marks.append(text.utf8.count)
      } else {
        text.append(character)
      }
    }
    return (text, marks)
  }

  /// The example as a document in the given variant, and how a plain offset moves in it.
  func prepare(_ example: String, _ variant: Variant) -> (Document, (Int) -> Int)? {
    switch variant {
    case .plain:
      return (Document(path: "example.txt", string: example), { $0 })
    case .multibytePrefix:
      let shift = Self.prefix.utf8.count
      return (Document(path: "example.txt", string: Self.prefix + example), { $0 + shift })
    case .crlf:
      // Each line end becomes CRLF, and the example gets a CRLF line after it, so `$` is tested
      // before a CR.
      let text = example.replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"
      let original = Array(example.utf8)
      return (
        Document(path: "example.txt", string: text),
        { offset in offset + original[..<offset].filter { $0 == 0x0A }.count }
      )
    case .gb18030:
      guard let encoded = Transcoder.encode(Array(example.utf8), to: .gb18030),
        let document = try? SourceLoader.document(path: "example.txt", bytes: encoded)
      else { return nil }
      return (document, { $0 })
    }
  }
}
