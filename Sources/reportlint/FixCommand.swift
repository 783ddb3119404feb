import ArgumentParser
import Foundation
import ReportLintCore

struct FixCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "fix",
    abstract: "自动修复并报告剩余问题 (apply safe fixes in place, then report what remains).",
    discussion: """
      Fixes are applied, the text is linted again, and this repeats until nothing changes (at most \
      10 passes). Files are written in their own encoding, BOM and line endings, through a temporary \
      file and a rename; a file that changed on disk since it was read is not written.
      """)

  @Argument(help: "Files and folders (folders are walked for .txt and .md).")
  var paths: [String] = []

  @Option(help: "Output format of the findings that remain.")
  var format: OutputFormat = .text

  @OptionGroup var rules: RuleOptions

  @Flag(help: "Report what would change; write nothing.")
  var dryRun = false

  @Flag(help: "Print a unified diff of the fixes on standard output; write nothing.")
  var diff = false

  @Flag(help: "Read the document from standard input and write the fixed text to standard output.")
  var stdin = false

  @Option(help: ArgumentHelp("The name to report for standard input.", valueName: "NAME"))
  var stdinFilename = "<stdin>"

  @Option(name: .customLong("rule"), help: ArgumentHelp("Apply only this rule's fixes (repeatable).", valueName: "ID"))
  var ruleIDs: [String] = []

  @Flag(help: "Also apply fixes that are only suggestions.")
  var unsafeFixes = false

  func validate() throws {
    if !stdin && paths.isEmpty { throw ValidationError("give files or folders to fix, or --stdin") }
    if stdin && !paths.isEmpty { throw ValidationError("--stdin takes no paths") }
    if dryRun && diff { throw ValidationError("--dry-run and --diff cannot be used together") }
  }

  func run() throws {
    let input = stdin ? StandardInput() : nil
    let session = rules.session(littleText: input?.isLittleText ?? LintSession.isLittleText(paths: paths))
    let known = Set(session.linter.rules.map(\.id))
    let unknown = ruleIDs.filter { !known.contains($0) }
    for id in unknown { Output.error("reportlint: no rule named \(id) (see `reportlint rules`)") }
    if !unknown.isEmpty { throw ExitCode(ExitStatus.usageOrIO) }
    let options = FixOptions(ruleIDs: ruleIDs.isEmpty ? nil : Set(ruleIDs), includeSuggestions: unsafeFixes)
    let (reports, failed) = input.map { fixStandardInput($0.bytes(), session, options) } ?? fixFiles(session, options)
    if !session.loadErrors.isEmpty || failed { throw ExitCode(ExitStatus.usageOrIO) }
    throw ExitCode(LintSummary(reports).errors > 0 ? ExitStatus.findings : ExitStatus.clean)
  }

  /// The fixed text goes to stdout in the input's own encoding; what remains goes to stderr.
  /// Each way of fixing returns the reports of what remains, and whether something failed (an
  /// unreadable file, a write that was refused): that ends the run with status 2.
  private func fixStandardInput(_ bytes: [UInt8], _ session: LintSession, _ options: FixOptions) -> ([FileReport], Bool) {
    let document: Document
    do {
      document = try SourceLoader.document(path: stdinFilename, bytes: bytes)
    } catch {
      Output.error("reportlint: \(stdinFilename): \(error)")
      return ([], true)
    }
    let (outcome, report) = session.fix(document, options: options)
    if let warning = outcome.warning { Output.error("reportlint: \(stdinFilename): \(warning)") }
    for problem in report.problems { Output.error("reportlint: \(stdinFilename): \(problem)") }
    if diff {
      Output.write(diffText(outcome))
    } else {
      guard let encoded = outcome.changed ? document.source.encode(outcome.document.text) : bytes else {
        Output.error("reportlint: \(stdinFilename): \(WriteError.unencodable(document.source.encoding))")
        return ([report], true)
      }
      Output.write(bytes: encoded)
      if !report.diagnostics.isEmpty { Output.error(format.reporter().report([report])) }
    }
    return ([report], !report.problems.isEmpty)
  }

  private func fixFiles(_ session: LintSession, _ options: FixOptions) -> ([FileReport], Bool) {
    let (fixes, missing) = session.fix(paths: paths, options: options, write: !dryRun && !diff)
    for path in missing { Output.error("reportlint: \(path): no such file or folder") }
    var failed = !missing.isEmpty
    for fix in fixes {
      if let warning = fix.outcome?.warning { Output.error("reportlint: \(fix.path): \(warning)") }
      for problem in fix.report.problems { Output.error("reportlint: \(fix.path): \(problem)") }
      if let error = fix.writeError { Output.error("reportlint: \(fix.path): \(error)") }
      failed = failed || !fix.report.problems.isEmpty || fix.writeError != nil
    }
    if diff {
      Output.write(fixes.compactMap(\.outcome).map(diffText).joined())
    } else {
      // Text output is for people, so the list of changes comes first on stdout; machine
      // formats keep stdout to the contract and get the list on stderr.
      let changes = changeList(fixes)
      if !changes.isEmpty {
        if format == .text { Output.write(changes) } else { Output.error(changes) }
      }
      Output.write(format.reporter().report(fixes.map(\.report)))
    }
    return (fixes.map(\.report), failed)
  }

  private func diffText(_ outcome: FixOutcome) -> String {
    UnifiedDiff.make(
      old: outcome.original.text, new: outcome.document.text,
      oldLabel: outcome.original.path, newLabel: outcome.original.path)
  }

  /// One line per fix with `--dry-run`; one line per written file otherwise.
  private func changeList(_ fixes: [FileFix]) -> String {
    var text = ""
    var count = 0
    var files = 0
    for fix in fixes {
      guard let outcome = fix.outcome, outcome.changed, dryRun || fix.written else { continue }
      count += outcome.applied.count
      files += 1
      if dryRun {
        for applied in outcome.applied {
          text += "\(fix.path):\(applied.location.line):\(applied.location.column): 将修复：\(applied.diagnostic.message) [\(applied.diagnostic.ruleID)]\n"
        }
      } else {
        text += "\(fix.path)：已修复 \(outcome.applied.count) 处\n"
      }
    }
    if files == 0 { return "" }
    return text + (dryRun ? "将修复 \(files) 个文件中的 \(count) 处问题（未写入）。\n" : "修复了 \(files) 个文件中的 \(count) 处问题。\n")
  }
}
