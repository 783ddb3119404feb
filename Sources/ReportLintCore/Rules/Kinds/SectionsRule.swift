import Foundation

/// `kind: sections` — the parts a kind of document has (汇报, 请示, 报告, 通知; described in the
/// pack's `kinds/` folder). The kind comes from `kind:` in `.reportlint.yml` or from the title
/// line; a document of no known kind (政府工作报告, a text without a title) gets no findings.
///
/// `check:` is one of
/// - `missing`: a part the kind requires is absent (pointing at the line after which it belongs);
/// - `order`: a part stands before one it should follow;
/// - `unnumbered`: a part is written as a plain paragraph, not under a numbered heading;
/// - `empty`: a part's heading has nothing under it;
/// - `heading-period`: a heading on a line of its own ends with 。 (GB/T 15834 B.4); a run-in
///   heading followed by body text on the same line keeps its 。;
/// - `closing`: the body has none of the kind's closing formulas;
/// - `forbidden`: a phrase the kind must not contain (请批示 in a 报告).
public final class SectionsRule: Rule {
  public static let kind = "sections"

  enum Check: String, CaseIterable {
    case missing, order, unnumbered, empty, headingPeriod = "heading-period", closing, forbidden
  }

  public let descriptor: RuleDescriptor
  let check: Check
  let kinds: DocumentKinds
  /// The kinds' heading and paragraph literals, for the shared scan; each of the seven rules asks, since
  /// whichever runs first works out the outline all share.
  public let literals: [String]
  /// For `missing`, the message for each kind (as in `kinds.all`) and each of its parts: it names
  /// only the kind, the part and the kind's parts, so it is rendered once here. Rendered for each
  /// finding, it was nine tenths of the check's cost (10 MB: 13 of 14 million instructions).
  private let missingMessages: [[String]]

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    check = try fields.choice("check")
    kinds = try DocumentKinds.load(from: definition)
    literals = kinds.sectionLiterals.map { String(decoding: $0, as: UTF8.self) }
    let provided: Set<String> =
      switch check {
      case .missing: ["kind", "section", "sections"]
      case .order: ["kind", "section", "other", "match"]
      case .unnumbered, .empty: ["kind", "section", "match"]
      case .headingPeriod: ["kind", "match", "replacement"]
      case .closing: ["kind", "expected", "match"]
      case .forbidden: ["kind", "match"]
      }
    try descriptor.message.validate(known: { provided.contains($0) }, fields: fields)
    try definition.rejectUnknownKeys()
    let message = descriptor.message
    missingMessages =
      check != .missing
      ? []
      : kinds.all.map { kind in
        kind.sections.map { section in
          message.render { name in
            switch name {
            case "kind": kind.name
            case "section": section.name
            case "sections": kind.requiredSectionNames
            default: nil
            }
          }
        }
      }
  }

  public func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws {
    let analysis = document.sections(
      under: kinds, askedKind: context.documentKind, literalHits: context.literalHits, runInHits: context.runInHits)
    guard let kind = analysis.kind, let outline = analysis.outline else { return }
    // Appending nothing still cost 120 instructions; most documents give most checks nothing.
    func add(_ found: [Diagnostic]) { if !found.isEmpty { findings += found } }
    switch check {
    case .missing: missing(document, kind, outline, into: &findings)
    case .order: add(order(document, kind, outline))
    case .unnumbered: add(unnumbered(document, kind, outline))
    case .empty: add(empty(document, kind, outline))
    case .headingPeriod: add(headingPeriods(document, kind, titleLine: analysis.titleLine))
    case .closing: add(closing(document, kind, titleLine: analysis.titleLine))
    case .forbidden: add(forbidden(document, kind, titleLine: analysis.titleLine))
    }
  }

  private func finding(
    _ range: ByteRange, _ document: Document, _ kind: DocumentKind, replacement: String? = nil,
    _ values: [String: String] = [:]
  ) -> Diagnostic {
    diagnostic(
      range,
      values: { name in
        switch name {
        case "kind": return kind.name
        case "match": return document.string(range)
        default: return values[name]
        }
      }, replacement: replacement)
  }

  private func missing(
    _ document: Document, _ kind: DocumentKind, _ outline: SectionOutline, into findings: inout [Diagnostic]
  ) {
    let paragraphs = document.structure.paragraphs
    guard outline.hasHeadings, let last = paragraphs.last?.range else { return }
    let messages = missingMessages[kinds.index(of: kind)]
    // Appended in a loop: `compactMap` grew a list of its own and copied each finding into it
    // (10 MB: 1,755 of each).
    for section in kind.sections.indices {
      guard !kind.sections[section].optional, !outline.found.contains(where: { $0.section == section }) else {
        continue
      }
      // It belongs before the next part that is there: point at the line before that one.
      var next: Int?
      for found in outline.found where found.section > section { next = min(next ?? found.paragraph, found.paragraph) }
      let anchor = next.map { paragraphs[max(0, $0 - 1)].range } ?? last
      findings.append(diagnostic(anchor, message: messages[section], replacement: nil))
    }
  }

  private func order(_ document: Document, _ kind: DocumentKind, _ outline: SectionOutline) -> [Diagnostic] {
    var latest: SectionOutline.Found?
    var findings: [Diagnostic] = []
    for found in outline.found {
      if let before = latest, before.section > found.section {
        findings.append(
          finding(
            found.range, document, kind,
            ["section": kind.sections[found.section].name, "other": kind.sections[before.section].name]))
      } else {
        latest = found
      }
    }
    return findings
  }

  private func unnumbered(_ document: Document, _ kind: DocumentKind, _ outline: SectionOutline) -> [Diagnostic] {
    outline.found.filter { !$0.isHeading }.map {
      finding($0.range, document, kind, ["section": kind.sections[$0.section].name])
    }
  }

  private func empty(_ document: Document, _ kind: DocumentKind, _ outline: SectionOutline) -> [Diagnostic] {
    let paragraphs = document.structure.paragraphs
    // A loop over the parts found, reading their paragraphs in place: a filtered list of them
    // and a copy of each heading's paragraph cost more than the tests.
    var findings: [Diagnostic] = []
    for found in outline.found where found.isHeading && !Self.hasRunInBody(paragraphs[found.paragraph].textRange, document) {
      if found.paragraph + 1 < paragraphs.count, !Self.closes(paragraphs[found.paragraph], paragraphs[found.paragraph + 1]) {
        continue
      }
      findings.append(finding(found.range, document, kind, ["section": kind.sections[found.section].name]))
    }
    return findings
  }

  /// Whether `next` ends the part `heading` opens: a heading of the same or a higher level.
  static func closes(_ heading: Paragraph, _ next: Paragraph) -> Bool {
    if let level = heading.marker?.level, let nextLevel = next.marker?.level { return nextLevel <= level }
    if let level = heading.markdownLevel, let nextLevel = next.markdownLevel { return nextLevel <= level }
    return next.isHeading && heading.marker == nil
  }

  /// Whether a heading line goes on with body text after its first sentence (a run-in heading).
  /// On scalars when the heading is plain text (see `PlainText`), else on characters.
  static func hasRunInBody(_ text: ByteRange, _ document: Document) -> Bool {
    var ended = false
    var bodyFollows = false
    let ends = sentenceEndScalars
    let isPlain = PlainText.forEachScalar(document.text, text) { scalar in
      guard ended else {
        // No sentence end is Han, most of the text: it is passed without the search.
        ended = !(0x4E00...0x9FFF).contains(scalar.value) && ends.contains(scalar)
        return true
      }
      bodyFollows = !whitespaces.contains(scalar)
      return !bodyFollows
    }
    guard isPlain else {
      let string = document.string(text)
      guard let end = string.firstIndex(where: { sentenceEnds.contains($0) }) else { return false }
      return !string[string.index(after: end)...].trimmingCharacters(in: .whitespaces).isEmpty
    }
    return bodyFollows
  }

  private static let sentenceEnds = "。！？"
  /// Kept: made for each document, its bytes cost an allocation.
  private static let period = Array("。".utf8)
  /// An array: three compares cost less than hashing each scalar into a set.
  private static let sentenceEndScalars = Array(sentenceEnds.unicodeScalars)
  /// Kept: `CharacterSet.whitespaces` builds a new set at each use.
  private static let whitespaces = CharacterSet.whitespaces

  private func headingPeriods(_ document: Document, _ kind: DocumentKind, titleLine title: Int?) -> [Diagnostic] {
    let paragraphs = document.structure.paragraphs
    let period = Self.period
    var findings: [Diagnostic] = []
    for index in paragraphs.indices where paragraphs[index].line != title {
      // Read in place: copying every paragraph cost more than the test.
      let isHeading =
        paragraphs[index].markdownLevel != nil || paragraphs[index].marker.map { $0.level <= .section } == true
      let range = paragraphs[index].textRange
      // The byte test first: most headings do not end with 。, and the run-in test reads the line.
      guard isHeading, range.count >= period.count,
        document.text[(range.upperBound - period.count)..<range.upperBound].elementsEqual(period),
        !Self.hasRunInBody(range, document)
      else { continue }
      // A numbered line with nothing under it (its sibling follows, or the end) is a list item
      // written as a sentence, not a heading.
      if paragraphs[index].marker != nil,
        index + 1 == paragraphs.count || Self.closes(paragraphs[index], paragraphs[index + 1])
      {
        continue
      }
      findings.append(finding((range.upperBound - period.count)..<range.upperBound, document, kind, replacement: ""))
    }
    return findings
  }

  private func closing(_ document: Document, _ kind: DocumentKind, titleLine title: Int?) -> [Diagnostic] {
    guard !kind.closings.isEmpty else { return [] }
    let paragraphs = document.structure.paragraphs
    if paragraphs.contains(where: { paragraph in
      kind.closings.indices.contains { index in
        PlainText.contains(kind.closingBytes[index], in: document.text, paragraph.range)
          ?? document.string(paragraph.range).contains(kind.closings[index])
      }
    }) {
      return []
    }
    // The body ends with its last sentence; lines after it are the sender and the date.
    let period = Self.period
    guard
      let last = paragraphs.last(where: {
        $0.line != title
          && (PlainText.hasSuffix(period, in: document.text, $0.range) ?? document.string($0.range).hasSuffix("。"))
      }) ?? paragraphs.last
    else { return [] }
    return [
      finding(
        last.range, document, kind, ["expected": kind.closings.map { "“\($0)”" }.joined(separator: "或")])
    ]
  }

  private func forbidden(_ document: Document, _ kind: DocumentKind, titleLine title: Int?) -> [Diagnostic] {
    // Most kinds forbid nothing; and the paragraphs are read in place, not copied into a filtered
    // list (that, for no findings, was the rule's whole cost).
    guard !kind.forbidden.isEmpty else { return [] }
    let paragraphs = document.structure.paragraphs
    var findings: [Diagnostic] = []
    for index in paragraphs.indices where paragraphs[index].line != title {
      for regex in kind.forbidden {
        for match in (try? document.matches(regex, in: paragraphs[index].range)) ?? [] {
          findings.append(finding(match.range, document, kind))
        }
      }
    }
    return findings
  }
}
