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

  /// The in-place test of a path's folder agrees with making the folder's name: true exactly
  /// where the name (or "." for none) has the same bytes.
  func testFolderInPlaceMatchesParent() {
    let folders = Self.paths.map { PathText.parent(of: $0) } + [".", "/", "a", "a/b/c", "a/", "材料", "//", "a//"]
    for path in Self.paths + ["a//b/c.txt", "a/b//c.txt", "材料/b", "x/./y", "a/b/c.txt/"] {
      let parent = PathText.parent(of: path)
      let folder = parent.isEmpty ? "." : parent
      for candidate in folders {
        XCTAssertEqual(
          PathText.folder(of: path, isBytewise: candidate), Array(folder.utf8) == Array(candidate.utf8),
          "\(path) in \(candidate)")
      }
    }
  }

  func testExtensionMatchesFoundation() {
    for path in Self.paths {
      XCTAssertEqual(PathText.pathExtension(of: path), (path as NSString).pathExtension, path)
    }
  }
}
