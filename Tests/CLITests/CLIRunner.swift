import Foundation
import XCTest

/// Runs the built `reportlint` binary the way a user does.
enum CLIRunner {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  static var binary: URL { packageRoot.appendingPathComponent(".build/debug/reportlint") }

  struct Outcome {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], stdin: Data? = nil, in directory: URL? = nil) throws -> Outcome {
    try execute(binary, arguments, stdin: stdin, in: directory)
  }

  /// Runs any program (`run` for reportlint; git and pre-commit for the hook test), with
  /// `environment` added to this process's and NO_COLOR set.
  static func execute(
    _ executable: URL, _ arguments: [String], stdin: Data? = nil, in directory: URL? = nil,
    environment extra: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory ?? packageRoot
    var environment = ProcessInfo.processInfo.environment
    environment["NO_COLOR"] = "1"
    environment.merge(extra) { $1 }
    process.environment = environment
    // Output goes to files, not pipes, so a large output can never block the child.
    let folder = try temporaryFolder(for: nil)
    let outURL = folder.appendingPathComponent("stdout")
    let errURL = folder.appendingPathComponent("stderr")
    _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
    _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
    process.standardOutput = try FileHandle(forWritingTo: outURL)
    process.standardError = try FileHandle(forWritingTo: errURL)
    let input = Pipe()
    process.standardInput = input
    try process.run()
    if let stdin { input.fileHandleForWriting.write(stdin) }
    try input.fileHandleForWriting.close()
    process.waitUntilExit()
    let outData = try Data(contentsOf: outURL)
    let errData = try Data(contentsOf: errURL)
    try? FileManager.default.removeItem(at: folder)
    return Outcome(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData, as: UTF8.self))
  }

  /// A fresh temporary folder, removed when `test` ends (or by the caller when there is no test),
  /// so runs leave nothing behind in the temporary directory.
  static func temporaryFolder(for test: XCTestCase?) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("reportlint-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    test?.addTeardownBlock { try? FileManager.default.removeItem(at: url) }
    return url
  }

  /// A program on PATH, or nil.
  static func tool(_ name: String) -> URL? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
    return path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
      .first { FileManager.default.isExecutableFile(atPath: $0.path) }
  }

  /// A fresh temporary folder holding `files` (relative path → text), removed when `test` ends.
  static func folder(_ files: [String: String], for test: XCTestCase) throws -> URL {
    let url = try temporaryFolder(for: test)
    for (path, text) in files { try write(text, to: path, in: url) }
    return url
  }

  static func write(_ text: String, to path: String, in folder: URL) throws {
    let file = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }

  static func json(_ text: String) throws -> [String: Any] {
    try XCTUnwrap(JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  /// (rule, line, column, endLine, endColumn) of every finding in a JSON report.
  static func findings(_ report: [String: Any]) -> [String] {
    let files = report["files"] as? [[String: Any]] ?? []
    return files.flatMap { file in
      (file["diagnostics"] as? [[String: Any]] ?? []).map { d in
        "\(d["rule"]!) \(d["line"]!):\(d["column"]!)-\(d["endLine"]!):\(d["endColumn"]!)"
      }
    }
  }
}
