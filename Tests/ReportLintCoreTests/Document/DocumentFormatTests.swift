import XCTest

@testable import ReportLintCore

final class DocumentFormatTests: XCTestCase {
  func testFormatFromPath() {
    XCTAssertEqual(DocumentFormat.forPath("docs/汇报.md"), .markdown)
    XCTAssertEqual(DocumentFormat.forPath("README.MarkDown"), .markdown)
    XCTAssertEqual(DocumentFormat.forPath("汇报.txt"), .plainText)
    XCTAssertEqual(DocumentFormat.forPath("notes.md.txt"), .plainText)
  }

  // The ASCII shortcut answers as the Unicode rule does, or leaves the path to it: paths with
  // a Kelvin sign (which lowercases to k), a dotted capital I, combining marks, a prepended
  // Arabic sign before the dot (which joins it into one character), Chinese, and random mixes.
  func testASCIIShortcutAgreesWithTheRule() {
    var paths = [
      "", "md", ".md", "a.md", "a.MD", "a.Md", "x.markdown", "x.MARKDOWN", "x.mark\u{212A}down", "\u{212A}.md",
      "x.markdown\u{301}", "x.md\u{301}", "x\u{301}.md", "\u{600}.md", "\u{130}.md", "a.m", "a.mdx", "a/b.md/c",
      "汇报.md", "汇报.Markdown", "汇报", "ａ.ｍｄ", "x.mdmarkdown", ".markdown", "markdown",
    ]
    var generator = SystemRandomNumberGenerator()
    let pieces = [".", "m", "M", "d", "D", "markdown", "a", "汇", "\u{212A}", "\u{301}", "\u{600}", "\u{130}", "/"]
    for _ in 0..<2000 {
      paths.append((0..<Int.random(in: 0..<6, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
    }
    for path in paths {
      let rule = DocumentFormat.hasMarkdownSuffix(path)
      if let shortcut = DocumentFormat.hasMarkdownSuffixASCII(path) {
        XCTAssertEqual(shortcut, rule, path.debugDescription)
      }
      XCTAssertEqual(DocumentFormat.forPath(path) == .markdown, rule, path.debugDescription)
    }
  }
}
