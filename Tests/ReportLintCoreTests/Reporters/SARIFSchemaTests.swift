import Foundation
import XCTest

@testable import ReportLintCore

/// SARIF output validated against the OASIS schema with Python's `jsonschema`. In a clean CI
/// clone `shared/` sits beside the repository, so the schema is at `<repo>/../shared/…`; without
/// python3, jsonschema or the schema, the test is skipped with a message saying which.
final class SARIFSchemaTests: XCTestCase {
  static let schema = Golden.packageRoot
    .appendingPathComponent("../shared/reference/sarif/sarif-schema-2.1.0.json").standardizedFileURL

  func testValidatesAgainstSchema() throws {
    try validate(SARIFReporter().report(ReporterFixture.files, context: ReporterFixture.context))
  }

  /// A run with a file that could not be read still validates (notifications, no results).
  func testProblemRunValidates() throws {
    try validate(SARIFReporter().report([.failed("坏.txt", "not valid UTF-8 or GB18030")]))
  }

  func testURIsArePercentEncoded() {
    XCTAssertEqual(SARIFReporter.uri("./docs/汇报 2024.md"), "docs/%E6%B1%87%E6%8A%A5%202024.md")
  }

  /// Guards against a schema that accepts anything (see `validate`): a broken log must fail.
  func testSchemaRejectsBrokenLog() throws {
    let broken = SARIFReporter().report(ReporterFixture.files, context: ReporterFixture.context)
      .replacingOccurrences(of: "\"startLine\": 2", with: "\"startLine\": 0")
    // Computed before asserting: an XCTSkip thrown inside an assertion counts as a failure.
    let result = try status(broken)
    XCTAssertNotEqual(result, 0, "the schema accepted a region with startLine 0")
  }

  private func validate(_ sarif: String) throws {
    let result = try status(sarif)
    XCTAssertEqual(result, 0, "SARIF does not validate:\n\(lastOutput)")
  }

  private var lastOutput = ""

  /// Runs the validator; its exit status (0: valid).
  private func status(_ sarif: String) throws -> Int32 {
    guard FileManager.default.fileExists(atPath: Self.schema.path) else {
      throw XCTSkip("SARIF schema not found at \(Self.schema.path)")
    }
    let probe = run(["python3", "-c", "import jsonschema"])
    guard probe.status == 0 else {
      throw XCTSkip("python3 with jsonschema is not available (pip install jsonschema): \(probe.output)")
    }
    let document = FileManager.default.temporaryDirectory
      .appendingPathComponent("reportlint-\(UUID().uuidString).sarif")
    try Data(sarif.utf8).write(to: document)
    defer { try? FileManager.default.removeItem(at: document) }
    let script = """
      import json, sys, jsonschema
      schema = json.load(open(sys.argv[1], encoding="utf-8"))
      instance = json.load(open(sys.argv[2], encoding="utf-8"))
      # This copy (from AdaCore/sarif-ada) moves the log object to definitions/Root and leaves the
      # top level without constraints, so validating against it as is would accept anything.
      if "Root" in schema.get("definitions", {}) and not ({"type", "properties", "$ref"} & set(schema)):
          schema = dict(schema, **{"$ref": "#/definitions/Root"})
      cls = jsonschema.validators.validator_for(schema)
      validator = cls(schema, format_checker=cls.FORMAT_CHECKER)
      errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.path))
      for e in errors: print("/".join(map(str, e.path)), e.message)
      sys.exit(1 if errors else 0)
      """
    let result = run(["python3", "-c", script, Self.schema.path, document.path])
    lastOutput = result.output
    return result.status
  }

  private func run(_ arguments: [String]) -> (status: Int32, output: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    do { try process.run() } catch { return (127, "\(error)") }
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
  }
}
