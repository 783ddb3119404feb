import ArgumentParser
import XCTest

@testable import reportlint

/// The command lines read without ArgumentParser (`QuickLintArguments`) must ask for exactly the
/// run ArgumentParser reads from them, and every other line must be left to ArgumentParser.
final class QuickLintArgumentsTests: XCTestCase {
  func testAcceptedLinesReadAsArgumentParserReadsThem() throws {
    let lines: [[String]] = [
      ["lint", "--format", "json", "Fixtures/kinds/substitution.txt"],
      ["a.txt"],
      ["--format", "sarif", "a.txt", "b/c.md"],
      ["lint", "a.txt", "--jobs", "1", "--format", "json", "b.txt"],
      ["lint", "--rules", "r1", "--rules", "r2", "--config", "c.yml", "--profile", "redacted", "x"],
      ["lint", "--files-from", "list.txt"],
      ["lint", "--quiet", "--max-warnings", "0", "--baseline", "b.json", "--write-baseline", "w.json", "x"],
      ["lint", "--jobs", "+3", "x"],
      ["lint", "--format", "checkstyle", "--profile", "draft", "报告/汇报 1.txt", "a=b.txt"],
      ["lint", "--stdin", "--stdin-filename", "报告.txt", "--format", "json"],
      ["--stdin"],
    ]
    for line in lines {
      let quick = try XCTUnwrap(QuickLintArguments.request(from: line), "\(line)")
      let parsed = try XCTUnwrap(try ReportLint.parseAsRoot(line) as? LintCommand, "\(line)")
      XCTAssertEqual(quick, parsed.request, "\(line)")
    }
  }

  // Help, other commands, other spellings, repeats and lines `validate()` refuses.
  func testOtherLinesAreLeftToArgumentParser() {
    let lines: [[String]] = [
      [], ["lint"], ["--help"], ["-h"], ["--version"], ["help", "lint"], ["lint", "help"], ["fix", "a.txt"],
      ["a.txt", "rules"], ["lint", "lint"], ["lint", "--format=json", "a.txt"],
      ["lint", "--format", "json", "--format", "text", "a.txt"], ["lint", "--quiet", "--quiet", "a.txt"],
      ["lint", "--stdin", "a.txt"], ["lint", "--stdin", "--files-from", "list.txt"], ["lint", "--stdin", "--stdin"],
      ["lint", "--stdin-filename", "x.txt"], ["lint", "--stdin-filename", "-"], ["lint", "--jobs", "0", "a.txt"],
      ["lint", "--max-warnings", "-1", "a.txt"], ["lint", "--format", "yaml", "a.txt"], ["lint", "--format"],
      ["lint", "--profile", "final", "a.txt"], ["lint", "--jobs", "two", "a.txt"], ["lint", "-", "a.txt"],
      ["lint", "--", "-a.txt"], ["lint", ""], ["lint", "--files-from", "-"], ["lint", "--unknown", "a.txt"],
    ]
    for line in lines { XCTAssertNil(QuickLintArguments.request(from: line), "\(line)") }
  }
}
