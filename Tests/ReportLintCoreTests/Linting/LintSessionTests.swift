import Foundation
import XCTest

@testable import ReportLintCore

final class LintSessionTests: XCTestCase {
  /// Each folder gets its own configuration however the folders asked for alternate: the session
  /// keeps the last folder's at hand, which must not answer for another.
  func testConfigurationForDirectoryFollowsTheFolderAsked() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("session-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    var expected: [String: String?] = [:]
    for (folder, profile) in [("a", "redacted"), ("b", "draft"), ("a/c", "draft"), ("d", nil)] {
      let path = root + "/" + folder
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      if let profile {
        let file = path + "/" + Configuration.fileName
        try "profile: \(profile)\n".write(toFile: file, atomically: true, encoding: .utf8)
        expected[path] = file
      } else {
        expected[path] = Optional<String>.none
      }
    }
    let session = LintSession(builtinRules: false, littleText: true)
    let asked = ["a", "a", "b", "a", "a/c", "a/c", "a", "d", "b", "d", "a"].map { root + "/" + $0 }
    for directory in asked {
      let configuration = session.configuration(forDirectory: directory)
      XCTAssertEqual(configuration.file, expected[directory]!, directory)
      XCTAssertEqual(configuration.file, Configuration.find(from: directory), directory)
    }
  }
}
