import Foundation
import XCTest

/// `.pre-commit-hooks.yaml` through `pre-commit try-repo` on a temporary git repository of
/// reports: the hook fails on a draft with an error and passes on a clean report.
///
/// pre-commit builds `language: swift` hooks with `swift build -c release` in a fresh clone, and
/// `try-repo` uses a fresh store on every call, so each of the two calls builds from scratch:
/// 10 minutes measured on two shared cores. The test is therefore opt-in:
/// `REPORTLINT_PRECOMMIT_TEST=1 swift test --filter PreCommitHookTests`. It tries the committed
/// HEAD plus tracked changes (untracked files such as a new hook file are not seen).
final class PreCommitHookTests: XCTestCase {
  func testHookFailsOnDraftAndPassesOnCleanReport() throws {
    guard ProcessInfo.processInfo.environment["REPORTLINT_PRECOMMIT_TEST"] == "1" else {
      throw XCTSkip("set REPORTLINT_PRECOMMIT_TEST=1 to run (builds the hook in release mode: minutes)")
    }
    let root = CLIRunner.packageRoot
    guard let preCommit = CLIRunner.tool("pre-commit") else {
      throw XCTSkip("pre-commit is not installed (pip install pre-commit)")
    }
    let git = try XCTUnwrap(CLIRunner.tool("git"), "git is needed")
    let repository = try CLIRunner.folder([
      "草稿.txt": "按照县委统一部署,推进工作。\n",
      "定稿.md": "# 工作总结\n\n按照县委统一部署，推进工作。\n",
    ], for: self)
    for arguments in [["init", "-q"], ["add", "."]] {
      XCTAssertEqual(try CLIRunner.execute(git, arguments, in: repository).status, 0)
    }
    func tryRepo(_ file: String) throws -> CLIRunner.Outcome {
      try CLIRunner.execute(
        preCommit, ["try-repo", root.path, "reportlint", "--files", file, "--verbose"], in: repository)
    }
    let draft = try tryRepo("草稿.txt")
    XCTAssertNotEqual(draft.status, 0, draft.stdout + draft.stderr)
    XCTAssertTrue(draft.stdout.contains("punctuation.halfwidth-comma"), draft.stdout + draft.stderr)
    let clean = try tryRepo("定稿.md")
    XCTAssertEqual(clean.status, 0, clean.stdout + clean.stderr)
  }
}
