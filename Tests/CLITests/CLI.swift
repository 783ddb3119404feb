import Foundation
import XCTest

/// Runs the built binary `.build/debug/reportlint` (the package root comes from this file's path)
/// in a given folder, and captures what it prints and its exit status.
enum CLI {
  static let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
  static let binary = packageRoot.appendingPathComponent(".build/debug/reportlint")

  struct Result {
    var status: Int32
    var stdout: String
    var stderr: String
  }

  static func run(_ arguments: [String], in directory: URL, stdin: String? = nil) throws -> Result {
    guard FileManager.default.isExecutableFile(atPath: binary.path) else {
      throw XCTSkip("\(binary.path) is not built; run `swift build` first")
    }
    return try execute(binary.path, arguments, in: directory, stdin: stdin)
  }

  /// Runs any program; reads both pipes to the end before waiting, so a full pipe cannot block it.
  static func execute(
    _ program: String, _ arguments: [String], in directory: URL, stdin: String? = nil,
    environment: [String: String]? = nil
  ) throws -> Result {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
    process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
    process.currentDirectoryURL = directory
    if let environment { process.environment = environment }
    let out = Pipe()
    let err = Pipe()
    let input = Pipe()
    process.standardOutput = out
    process.standardError = err
    process.standardInput = input
    try process.run()
    input.fileHandleForWriting.write(Data((stdin ?? "").utf8))
    try input.fileHandleForWriting.close()
    let errData = DataBox()
    let group = DispatchGroup()
    group.enter()
    DispatchQueue.global().async {
      errData.data = err.fileHandleForReading.readDataToEndOfFile()
      group.leave()
    }
    let outData = out.fileHandleForReading.readDataToEndOfFile()
    group.wait()
    process.waitUntilExit()
    return Result(
      status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
      stderr: String(decoding: errData.data, as: UTF8.self))
  }

  /// Written by the reader thread before `group.leave()`, read only after `group.wait()`: the
  /// group orders the two accesses, which is what `@unchecked Sendable` rests on.
  private final class DataBox: @unchecked Sendable {
    var data = Data()
  }

  /// A fresh temporary folder holding `files` (relative path → text).
  static func folder(_ files: [String: String]) throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("reportlint-cli-\(UUID().uuidString)")
    for (path, text) in files { try write(text, to: path, in: url) }
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  static func write(_ text: String, to path: String, in folder: URL) throws {
    let file = folder.appendingPathComponent(path)
    try FileManager.default.createDirectory(
      at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: file)
  }
}
