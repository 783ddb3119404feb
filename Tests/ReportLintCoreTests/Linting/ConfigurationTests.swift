import XCTest

@testable import ReportLintCore

final class ConfigurationTests: XCTestCase {
  func write(_ text: String) throws -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    addTeardownBlock { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent(".reportlint.yml").path
    try text.write(toFile: path, atomically: true, encoding: .utf8)
    return path
  }

  // Settings by rule id win over settings by pack; the profile and globs are read.
  func testLoad() throws {
    let path = try write(
      """
      profile: redacted
      rules:
        punctuation: off
        punctuation.nested-book-title: warning
      include: ["**/*.markdown"]
      exclude: ["archive/**"]
      """)
    let configuration = try Configuration.load(path: path)
    XCTAssertEqual(configuration.profile, .redacted)
    let nested = RuleDescriptor(
      id: "punctuation.nested-book-title", pack: "punctuation", kind: "pairs", message: MessageTemplate(""),
      severity: .error, profiles: [.draft], description: "", link: nil, fixSafety: .safe,
      examples: RuleExamples(), file: "")
    XCTAssertEqual(configuration.setting(for: nested), .severity(.warning))
    let other = RuleDescriptor(
      id: "punctuation.x", pack: "punctuation", kind: "pattern", message: MessageTemplate(""),
      severity: .error, profiles: [.draft], description: "", link: nil, fixSafety: .safe,
      examples: RuleExamples(), file: "")
    XCTAssertEqual(configuration.setting(for: other), .off)
    XCTAssertTrue(configuration.exclude[0].matches("archive/2020/a.txt"))
    XCTAssertFalse(configuration.exclude[0].matches("docs/a.txt"))
    XCTAssertTrue(configuration.include[0].matches("a/b/c.markdown"))
  }

  // Unknown keys and bad values are errors naming the file and line.
  func testStrictness() throws {
    let path = try write("profile: draft\nrulez: {}\n")
    XCTAssertThrowsError(try Configuration.load(path: path)) { error in
      let error = error as! RuleLoadError
      XCTAssertEqual(error.line, 2)
      XCTAssertTrue(error.message.contains("rulez"))
    }
    XCTAssertThrowsError(try Configuration.load(path: try write("rules: {typos: loud}\n")))
  }

  // The nearest configuration is found by walking up.
  func testFindWalksUp() throws {
    let path = try write("profile: draft\n")
    let folder = (path as NSString).deletingLastPathComponent
    let nested = folder + "/a/b"
    try FileManager.default.createDirectory(atPath: nested, withIntermediateDirectories: true)
    XCTAssertEqual(
      Configuration.find(from: nested).map { URL(fileURLWithPath: $0).standardizedFileURL.path },
      URL(fileURLWithPath: path).standardizedFileURL.path)
  }
}
