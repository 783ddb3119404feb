import Foundation
import XCTest

@testable import ReportLintCore

/// `FileCollector`'s shortcuts answer as the plain rules do.
final class FileCollectorTests: XCTestCase {
  func testDefaultExtensionShortcutMatchesLowercasedLookup() {
    let paths = PathTextTests.paths + [
      "a.md", "a.MD", "a.Md", "a.tXt", "a.txtx", "a.tx", "a.m", "a.mdx", "a.markdown", "a/.txt", ".md", "a.txt/",
      "材料/汇报.TXT", "a.t\u{301}xt", "a.\u{1E6A}XT", "b/c.md.txt", "b/c.txt.md", "c.txt.bak",
      "/.md", "b/.md", "..txt", "a..md", "txt", "md", ".txt", "a/b.txt/", "汇报.md", "a.txt\u{301}", "a\u{301}.md",
    ]
    for path in paths {
      let plain = FileCollector.defaultExtensions.contains(PathText.pathExtension(of: path).lowercased())
      XCTAssertEqual(FileCollector.hasDefaultExtension(path), plain, path)
    }
  }

  /// The byte-wise sort of ASCII paths gives `String`'s order, as does the fallback for others
  /// (a combining mark after a differing ASCII letter composes with it: bytes alone would misorder).
  func testPathSortKeepsStringOrder() {
    let ascii = [
      "b/a.txt", "a/b.txt", "a.txt", "a", "", "a/", "a-b.txt", "a/b/c.md", "A.txt", "a.TXT", "ab", "a b", "~x",
      "a/b.txt", "z", "Z/a.md", "0.txt", "a0", "a/0", "b\\c", "bench/corpus/report-00012.txt",
      "bench/corpus/report-00002.txt", "bench/corpus/report-0002.txt",
    ]
    let mixed = ascii + ["ea\u{301}", "eb", "e\u{E1}", "材料/汇报.txt", "材料/a.txt", "\u{1E0A}\u{323}", "D\u{323}\u{307}"]
    var generator = SystemRandomNumberGenerator()
    for paths in [ascii, mixed] {
      for _ in 0..<20 {
        let shuffled = paths.shuffled(using: &generator)
        XCTAssertEqual(FileCollector.sortedInStringOrder(shuffled), shuffled.sorted())
      }
    }
  }

  /// Each file gets its own folder's configuration, though the walk keeps only the last folder's
  /// at hand: here every folder excludes a file name of its own.
  func testEachFolderGetsItsOwnConfiguration() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("collector-\(UUID().uuidString)").path
    defer { try? FileManager.default.removeItem(atPath: root) }
    let folders = ["", "a", "a/b", "c", "c/d/e"]
    for folder in folders {
      let path = folder.isEmpty ? root : root + "/" + folder
      try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
      for name in ["keep.txt", "drop.md", "other.txt", "x.log"] {
        FileManager.default.createFile(atPath: path + "/" + name, contents: Data("一".utf8))
      }
    }
    var asked: [String] = []
    let result = FileCollector.collect([root]) { directory in
      asked.append(directory)
      var configuration = Configuration()
      configuration.baseDirectory = directory
      // Each folder drops a different file: a configuration reused for another folder shows.
      let dropped = directory.hasSuffix("/a") || directory.hasSuffix("/c/d/e") ? "other.txt" : "drop.md"
      configuration.exclude = [try! Glob(dropped)]
      return configuration
    }
    var expected: [String] = []
    for folder in folders {
      let path = folder.isEmpty ? root : root + "/" + folder
      let dropped = folder == "a" || folder == "c/d/e" ? "other.txt" : "drop.md"
      for name in ["keep.txt", "drop.md", "other.txt"] where name != dropped { expected.append(path + "/" + name) }
    }
    XCTAssertEqual(result.files, expected.sorted())
    XCTAssertEqual(Set(asked).count, folders.count)
    XCTAssertEqual(asked.count, folders.count, "one configuration lookup per folder")
  }
}
