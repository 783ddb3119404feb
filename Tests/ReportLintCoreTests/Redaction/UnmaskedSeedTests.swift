import XCTest

@testable import ReportLintCore

/// The seeds with every mask filled by hand (Fixtures/redaction/unmasked-*.txt): redact must mask
/// the filled values again — not reproduce the seed byte for byte, since the person who masked the
/// seeds left some counts (137名, 26项59条) that redact masks too — and keep every set phrase.
final class UnmaskedSeedTests: XCTestCase {
  struct Fill {
    var file: String
    var line: Int
    var column: Int
    var fill: String
    var kind: String
  }

  func fills() throws -> [Fill] {
    let table = try String(contentsOf: RedactionTesting.fixtures.appendingPathComponent("unmasked-fills.tsv"), encoding: .utf8)
    return table.split(separator: "\n").dropFirst().compactMap { line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count >= 7, let number = Int(fields[1]), let column = Int(fields[3]) else { return nil }
      return Fill(file: fields[0], line: number, column: column, fill: fields[5], kind: fields[6])
    }
  }

  func document(_ name: String) throws -> Document {
    try SourceLoader.load(path: RedactionTesting.fixtures.appendingPathComponent(name).path)
  }

  /// The scalar range of a fill in its document.
  func range(of fill: Fill, in document: Document) -> Range<Int> {
    let text = ScalarText(document.text)
    let start = text.index(ofByte: document.lineIndex.lineStarts[fill.line - 1]) + fill.column - 1
    return start..<(start + fill.fill.unicodeScalars.count)
  }

  func testRedactMasksTheFilledValues() throws {
    let fills = try fills()
    XCTAssertEqual(fills.count, 62)
    var masked = 0
    var missed: [String] = []
    for (file, group) in Dictionary(grouping: fills, by: \.file) {
      let document = try document(file)
      let spans = try RedactionTesting.redactor.spans(in: document)
      let characters = Set(RedactionTesting.predicted(spans, in: document).flatMap { Array($0.range) })
      for fill in group {
        if range(of: fill, in: document).allSatisfy(characters.contains) {
          masked += 1
        } else {
          missed.append("\(file):\(fill.line):\(fill.column) \(fill.kind) \(fill.fill)")
        }
      }
    }
    print("un-masked seeds: \(masked)/\(fills.count) filled values masked again; missed: \(missed)")
    XCTAssertGreaterThanOrEqual(Double(masked) / Double(fills.count), 0.95, "missed: \(missed)")
  }

  func testSetPhrasesStayIntact() throws {
    let lexicon = try XCTUnwrap(RedactionTesting.rules.first { $0 is RedactRule } as? RedactRule).lexicon()
    for file in ["unmasked-000.txt", "unmasked-002.txt", "unmasked-003.txt"] {
      let document = try document(file)
      let analysis = try RedactionAnalysis(document, lexicon: lexicon, context: LintContext(profile: .redacted))
      let text = analysis.text
      let characters = Set(RedactionTesting.predicted(try RedactionTesting.redactor.spans(in: document), in: document).flatMap { Array($0.range) })
      for hit in PhraseMatcher.leftmostLongest(analysis.hits(.setPhrases)) {
        XCTAssertFalse(hit.range.contains(where: characters.contains), "\(file): set phrase “\(text.string(hit.range))” was masked")
      }
    }
  }

  // lint --profile redacted flags every filled value (as a finding over it), and says nothing
  // about a masked text.
  func testRedactedProfileFlagsTheFills() throws {
    let linter = Linter(rules: RedactionTesting.rules)
    for (file, group) in Dictionary(grouping: try fills(), by: \.file) {
      let document = try document(file)
      let text = ScalarText(document.text)
      let report = linter.lint(document, profile: .redacted)
      let flagged = report.diagnostics.filter { $0.ruleID.hasPrefix("redaction.") }
      var found = 0
      for fill in group {
        let bytes = text.byteRange(range(of: fill, in: document))
        if flagged.contains(where: { $0.range.overlaps(bytes) }) { found += 1 }
      }
      XCTAssertGreaterThanOrEqual(Double(found) / Double(group.count), 0.95, file)
      for diagnostic in flagged {
        XCTAssertEqual(diagnostic.severity, .error)
        XCTAssertFalse(diagnostic.message.contains(document.string(diagnostic.range)) && document.string(diagnostic.range).count > 1,
          "the message shows the value: \(diagnostic.message)")
      }
      let redacted = try RedactionTesting.redactor.redact(document)
      let again = linter.lint(Document(path: file, text: redacted.text, source: document.source), profile: .redacted)
      XCTAssertEqual(again.diagnostics.filter { $0.ruleID.hasPrefix("redaction.") }.map(\.message), [], "\(file) after redact")
    }
  }

  // Redacting a redacted text changes nothing.
  func testRedactIsIdempotent() throws {
    for file in ["unmasked-000.txt", "unmasked-002.txt", "unmasked-003.txt"] {
      let once = try RedactionTesting.redactor.redact(try document(file))
      let twice = try RedactionTesting.redactor.redact(Document(path: file, text: once.text))
      XCTAssertEqual(twice.text, once.text, file)
      XCTAssertEqual(twice.spans, [], file)
    }
  }
}
