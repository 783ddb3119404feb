import Foundation
import XCTest

@testable import ReportLintCore

/// Shared helpers for the fixing tests: rules from YAML text, temporary folders, the fixture.
enum FixTestSupport {
  static var packageRoot: URL { Golden.packageRoot }

  static var draftURL: URL { packageRoot.appendingPathComponent("Fixtures/fix/draft.txt") }

  /// A pattern rule as YAML, with examples that satisfy the loader.
  static func patternRule(_ pattern: String, fix: String, example: String) -> String {
    """
    kind: pattern
    message: "“{match}”应为“{replacement}”"
    severity: error
    description: 测试用规则。
    pattern: '\(pattern)'
    fix: '\(fix)'
    examples:
      valid: ["无关的文字"]
      invalid: ["↓\(example)"]

    """
  }

  /// The built-in packs plus `extra` (`pack/name.yml` → YAML).
  static func linter(extra: [String: String] = [:], builtin: Bool = true) -> Linter {
    let loaded = RulePackLoader.load((builtin ? [.builtin] : []) + [RuleSource(root: "test", files: extra)])
    precondition(loaded.errors.isEmpty, "\(loaded.errors)")
    return Linter(rules: loaded.rules)
  }

  static func fixer(_ linter: Linter, options: FixOptions = FixOptions()) -> Fixer {
    Fixer(options: options) { linter.lint($0, profile: .draft).diagnostics }
  }

  /// Removed when the test ends, so runs leave nothing behind in the temporary directory.
  static func temporaryFolder(for test: XCTestCase) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("reportlint-fix-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  static func bytes(_ url: URL) throws -> [UInt8] { [UInt8](try Data(contentsOf: url)) }

  /// The line ends of a text in order (`true` for CRLF), so "every line ending kept" is one
  /// comparison.
  static func lineEnds(_ utf8: [UInt8]) -> [Bool] {
    utf8.indices.filter { utf8[$0] == 0x0A }.map { $0 > 0 && utf8[$0 - 1] == 0x0D }
  }
}

/// A small seeded generator, so a failing random report can be reproduced from its seed.
struct SplitMix64: RandomNumberGenerator {
  var state: UInt64
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}
