import Foundation
import XCTest

@testable import ReportLintCore

/// Properties over random reports built from the fixture's sentences, in random encodings and
/// with random (even mixed) line ends.
final class FixPropertyTests: XCTestCase {
  let session = LintSession(builtinRules: true)

  func sentences() throws -> [String] {
    let draft = try String(contentsOf: FixTestSupport.draftURL, encoding: .utf8)
    let seeds = FixTestSupport.packageRoot.appendingPathComponent("Fixtures/seeds/000.txt")
    let seed = (try? String(contentsOf: seeds, encoding: .utf8)) ?? ""
    return (draft + "\n" + seed).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
  }

  func randomReport(_ generator: inout SplitMix64, from sentences: [String]) -> (String, SourceEncoding) {
    let crlfShare = [0.0, 1.0, 0.5].randomElement(using: &generator)!
    var text = ""
    for _ in 0..<Int.random(in: 1...12, using: &generator) {
      text += sentences.randomElement(using: &generator)!
      text += Double.random(in: 0..<1, using: &generator) < crlfShare ? "\r\n" : "\n"
    }
    if Bool.random(using: &generator) { text.removeLast() }  // sometimes no final line end
    let (encoding, bom) = [(TextEncoding.utf8, false), (.utf8, true), (.utf16LE, true), (.utf16BE, true), (.gb18030, false)]
      .randomElement(using: &generator)!
    return (text, SourceEncoding(encoding: encoding, hasByteOrderMark: bom, lineEnding: .detect(in: Array(text.utf8))))
  }

  func testRandomReports() throws {
    let sentences = try sentences()
    let folder = try FixTestSupport.temporaryFolder(for: self)
    for seed in 0..<40 as Range<UInt64> {
      var generator = SplitMix64(state: seed)
      let (text, source) = randomReport(&generator, from: sentences)
      let url = folder.appendingPathComponent("r\(seed).txt")
      try Data(XCTUnwrap(source.encode(Array(text.utf8)))).write(to: url)

      let first = session.fix(files: [url.path], options: FixOptions(), write: true)[0]
      XCTAssertNil(first.writeError, "seed \(seed)")
      let once = try FixTestSupport.bytes(url)
      let reloaded = try SourceLoader.document(path: url.path, bytes: once)
      XCTAssertEqual(reloaded.source.encoding, source.encoding, "seed \(seed): decodes in its own encoding")
      XCTAssertEqual(reloaded.source.hasByteOrderMark, source.hasByteOrderMark, "seed \(seed)")
      XCTAssertEqual(FixTestSupport.lineEnds(reloaded.text), FixTestSupport.lineEnds(Array(text.utf8)), "seed \(seed): every line end kept")
      XCTAssertEqual(first.report.diagnostics.filter { $0.fix?.isSafe == true }.map(\.ruleID), [], "seed \(seed)")

      let second = session.fix(files: [url.path], options: FixOptions(), write: true)[0]
      XCTAssertFalse(second.written, "seed \(seed): fixing twice equals fixing once")
      XCTAssertEqual(try FixTestSupport.bytes(url), once, "seed \(seed)")
    }
  }

  func testReportsWithNoFixableFindingAreNeverChanged() throws {
    let linter = session.linter
    let sentences = try sentences()
    for seed in 100..<140 as Range<UInt64> {
      var generator = SplitMix64(state: seed)
      let (text, _) = randomReport(&generator, from: sentences)
      let fixed = try session.fixer(options: FixOptions()).fix(Document(path: "a.txt", string: text))
      // Whatever the report was, its fixed text has no fixable finding; fixing that changes nothing.
      let clean = fixed.document
      XCTAssertTrue(linter.lint(clean, profile: .draft).diagnostics.allSatisfy { $0.fix?.isSafe != true })
      XCTAssertFalse(try session.fixer(options: FixOptions()).fix(clean).changed, "seed \(seed)")
    }
  }
}
