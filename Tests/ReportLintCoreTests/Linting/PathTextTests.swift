import Foundation
import XCTest

@testable import ReportLintCore

/// `PathText` reads paths as `NSString` does, where a run can tell the difference.
final class PathTextTests: XCTestCase {
  static let paths = [
    "a/b/c.txt", "/c.txt", "c.txt", "/", "", "a/b/", "/a/b//", "./报告/2024年.md", "../x.TXT", "a/.hidden",
    ".hidden", "a.b/c", "a/b.", "a/..", "..", "a/b.tar.gz", "/tmp/scratch.tiff", "材料/汇报.txt", "//a",
  ]

  func testParentMatchesFoundationUpToSlashes() {
    for path in Self.paths {
      let foundation = (path as NSString).deletingLastPathComponent
      let ours = PathText.parent(of: path)
      // Foundation also drops doubled slashes inside the path; configuration lookup
      // standardizes both alike.
      XCTAssertEqual(ours.replacingOccurrences(of: "//", with: "/"), foundation, path)
    }
  }

  func testExtensionMatchesFoundation() {
    for path in Self.paths {
      XCTAssertEqual(PathText.pathExtension(of: path), (path as NSString).pathExtension, path)
    }
  }
}
