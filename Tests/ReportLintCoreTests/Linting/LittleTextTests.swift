import Foundation
import XCTest

@testable import ReportLintCore

/// Which runs lint plainly (`LintSession.isLittleText`): a few regular files, small together.
final class LittleTextTests: XCTestCase {
  func testFewSmallFilesAreLittleText() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("little-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    func file(_ name: String, bytes: Int) throws -> String {
      let url = folder.appendingPathComponent(name)
      try Data(repeating: UInt8(ascii: "a"), count: bytes).write(to: url)
      return url.path
    }
    let limit = LintSession.littleTextLimit
    let small = try file("small.txt", bytes: 200)
    XCTAssertTrue(LintSession.isLittleText(paths: [small]))
    XCTAssertTrue(LintSession.isLittleText(paths: [small, try file("rest.txt", bytes: limit - 201)]))
    XCTAssertFalse(LintSession.isLittleText(paths: [small, try file("over.txt", bytes: limit - 200)]))
    XCTAssertFalse(LintSession.isLittleText(paths: [try file("large.txt", bytes: limit)]))
    XCTAssertFalse(LintSession.isLittleText(paths: Array(repeating: small, count: 9)))
    XCTAssertTrue(LintSession.isLittleText(paths: Array(repeating: small, count: 8)))
    // A folder may hold any amount; a missing path is reported by the run.
    XCTAssertFalse(LintSession.isLittleText(paths: [folder.path]))
    XCTAssertFalse(LintSession.isLittleText(paths: [small, folder.appendingPathComponent("missing.txt").path]))
    XCTAssertFalse(LintSession.isLittleText(paths: []))
  }

  // A session for little text has no shared scan and no pattern prefilters, and finds what the
  // usual session finds (the equivalence over many documents is `LiteralScanEquivalenceTests`').
  func testLittleTextSessionIsPlain() throws {
    let plain = LintSession(littleText: true)
    let usual = LintSession()
    let patternRules = plain.linter.rules.compactMap { $0 as? PatternRule }
    XCTAssertFalse(patternRules.isEmpty)
    XCTAssertTrue(patternRules.allSatisfy { $0.prefilter == .unknown })
    XCTAssertTrue(usual.linter.rules.compactMap { $0 as? PatternRule }.contains { $0.prefilter != .unknown })
    let consistencyRules = plain.linter.rules.compactMap { $0 as? ConsistencyRule }
    XCTAssertFalse(consistencyRules.isEmpty)
    XCTAssertTrue(consistencyRules.allSatisfy { $0.variants.allSatisfy { $0.prefilter == .unknown } })
    func sectionLiterals(_ session: LintSession) -> [[[UInt8]]?] {
      session.linter.rules.compactMap { $0 as? SectionsRule }.flatMap { rule in
        rule.kinds.all.flatMap { $0.sections.flatMap { [$0.headings.requiredLiterals, $0.paragraphs.requiredLiterals] } }
      }
    }
    XCTAssertFalse(sectionLiterals(plain).isEmpty)
    XCTAssertTrue(sectionLiterals(plain).allSatisfy { $0 == nil })
    XCTAssertTrue(sectionLiterals(usual).contains { $0 != nil })
    let document = Document(path: "t.txt", string: "今年以来,我们认真贯切落实部署。\n\n一、工作情况\n")
    XCTAssertEqual(plain.lint(document.uncachedCopy()).diagnostics, usual.lint(document.uncachedCopy()).diagnostics)
    XCTAssertFalse(usual.lint(document.uncachedCopy()).diagnostics.isEmpty)
  }
}
