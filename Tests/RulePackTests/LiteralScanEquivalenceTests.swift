import Foundation
import XCTest

@testable import ReportLintCore

/// The shared literal scan and the prefilters it feeds must not change a single finding: every
/// built-in rule over the fixtures, the seeds and (when `shared/` sits beside the repository) two
/// government work reports, in both profiles, with the scan and without it. (A debug build lints
/// about 25 KB a second, so the whole corpus is compared by hand on release builds instead.)
final class LiteralScanEquivalenceTests: XCTestCase {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  static func documents() throws -> [Document] {
    var paths = ["../shared/corpora/gov-work-reports/2024.txt", "../shared/corpora/gov-work-reports/2025.txt"]
    for folder in ["Fixtures", "../shared/seeds"] {
      let url = root.appendingPathComponent(folder)
      guard let walker = FileManager.default.enumerator(atPath: url.path) else { continue }
      for case let name as String in walker where name.hasSuffix(".txt") || name.hasSuffix(".md") {
        paths.append("\(folder)/\(name)")
      }
    }
    return paths.compactMap { try? SourceLoader.load(path: root.appendingPathComponent($0).standardizedFileURL.path) }
  }

  func testSameFindingsWithAndWithoutTheScan() throws {
    let rules = RulePackLoader.load([.builtin]).rules
    let scanned = Linter(rules: rules)
    let plain = Linter(rules: rules, sharedLiteralScan: false)
    let documents = try Self.documents()
    XCTAssertGreaterThan(documents.count, 10)
    var findings = 0
    for document in documents {
      for profile in [Profile.draft, .redacted] {
        let expected = plain.lint(document, profile: profile)
        let actual = scanned.lint(document, profile: profile)
        XCTAssertEqual(actual.diagnostics, expected.diagnostics, "\(document.path) (\(profile))")
        XCTAssertEqual(actual.problems, expected.problems, document.path)
        findings += expected.diagnostics.count
      }
    }
    XCTAssertGreaterThan(findings, 100)  // the comparison saw real findings, not two empty lists
  }
}
