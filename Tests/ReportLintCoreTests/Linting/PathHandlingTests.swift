import XCTest

@testable import ReportLintCore

final class PathHandlingTests: XCTestCase {
  // Plain paths are standardized without Foundation, and the result is what Foundation gives;
  // the others go to Foundation.
  func testStandardPathMatchesFoundation() {
    let paths = [
      "a.txt", "docs/报告.txt", "/tmp/x/y.md", "./a.txt", "a/./b", "a/../b", "a//b", "a/", "/", ".", "..", "...",
      "a/.../b", ".hidden/x", "a/.b", "~/x", "a%20b", "a b", "/private/tmp/x", "/var/automount/x", "a?b", "a#b",
      "/tmp/../tmp/x", "//tmp", "a\\b", "x..", "..x/y",
    ]
    for path in paths {
      XCTAssertEqual(StandardPath.of(path), URL(fileURLWithPath: path).standardizedFileURL.path, path)
    }
    XCTAssertTrue(StandardPath.isPlain("docs/报告.txt"))
    XCTAssertTrue(StandardPath.isPlain("/tmp/.../x"))
    XCTAssertFalse(StandardPath.isPlain("a/./b"))
    XCTAssertFalse(StandardPath.isPlain("a//b"))
    XCTAssertFalse(StandardPath.isPlain("a/.."))
  }

  // The walk lists what FileManager's enumerator showed the collector before: regular files
  // only, nothing hidden or under a hidden folder, no symbolic links, and nothing for a root
  // that is a symbolic link.
  func testDirectoryWalkerMatchesTheEnumerator() throws {
    let manager = FileManager.default
    let root = manager.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    defer { try? manager.removeItem(atPath: root) }
    for folder in ["docs/sub/deeper", "docs/.hidden", "docs/sub/.h", "outside"] {
      try manager.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
    }
    for file in ["docs/a.txt", "docs/B.TXT", "docs/sub/c.md", "docs/sub/deeper/d.txt", "docs/.hidden/e.txt",
      "docs/sub/.h/f.txt", "docs/.g.txt", "outside/o.txt", "docs/报告.txt"]
    {
      XCTAssertTrue(manager.createFile(atPath: root + "/" + file, contents: Data("x".utf8)))
    }
    try manager.createSymbolicLink(atPath: root + "/docs/linked", withDestinationPath: root + "/outside")
    try manager.createSymbolicLink(atPath: root + "/docs/linked.txt", withDestinationPath: root + "/outside/o.txt")
    try manager.createSymbolicLink(atPath: root + "/docs-link", withDestinationPath: root + "/docs")

    func enumerated(_ path: String) -> [String] {
      var found: [String] = []
      let walker = manager.enumerator(atPath: path)
      while let relative = walker?.nextObject() as? String {
        if (relative as NSString).lastPathComponent.hasPrefix(".") {
          if (walker?.fileAttributes?[.type] as? FileAttributeType) == .typeDirectory { walker?.skipDescendants() }
          continue
        }
        if (walker?.fileAttributes?[.type] as? FileAttributeType) == .typeRegular { found.append(relative) }
      }
      return found.sorted()
    }
    func walked(_ path: String) -> [String] {
      let prefix = path.hasSuffix("/") ? path : path + "/"
      return DirectoryWalker.regularFiles(under: path).map { entry in
        XCTAssertTrue(entry.path.hasPrefix(prefix + (entry.folder.isEmpty ? "" : entry.folder + "/")), entry.path)
        return String(entry.path.dropFirst(prefix.count))
      }.sorted()
    }
    for path in [root + "/docs", root + "/docs/", root + "/docs-link", root] {
      XCTAssertEqual(walked(path), enumerated(path), path)
    }
    XCTAssertEqual(walked(root + "/docs"), ["B.TXT", "a.txt", "sub/c.md", "sub/deeper/d.txt", "报告.txt"])
  }

  /// The walk makes each file's path from bytes: a name that is not UTF-8 is repaired as
  /// `String(cString:)` repairs it, and a leading dot followed by a combining mark does not hide
  /// a file (`hasPrefix` compares characters).
  func testDirectoryWalkerNamesFromBytes() throws {
    let manager = FileManager.default
    let root = manager.temporaryDirectory.appendingPathComponent(UUID().uuidString).path
    defer { try? manager.removeItem(atPath: root) }
    try manager.createDirectory(atPath: root + "/sub", withIntermediateDirectories: true)
    let invalid: [UInt8] = Array("sub/a".utf8) + [0xFF, 0xE4, 0xB8] + Array(".txt".utf8)
    for name in [invalid, Array(".\u{301}x.txt".utf8), Array(".hidden.txt".utf8)] {
      let descriptor = (Array((root + "/").utf8) + name + [0]).withUnsafeBufferPointer { path in
        path.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o644) }
      }
      XCTAssertGreaterThanOrEqual(descriptor, 0)
      close(descriptor)
    }
    let repaired = String(cString: (invalid + [0]).map { CChar(bitPattern: $0) })
    XCTAssertEqual(
      DirectoryWalker.regularFiles(under: root).map(\.path).sorted(),
      [root + "/.\u{301}x.txt", root + "/" + repaired].sorted())
  }
}
