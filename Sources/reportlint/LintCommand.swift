import ArgumentParser
import Foundation
import ReportLintCore

struct LintCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lint", abstract: "检查文件并报告问题 (lint files and folders).")

  @Argument(help: "Files and folders (folders are walked for .txt and .md).")
  var paths: [String] = []

  @Option(help: "Output format.")
  var format: OutputFormat = .text

  @OptionGroup var rules: RuleOptions

  @OptionGroup(title: "CI") var ci: CIOptions

  @Flag(help: "Read the document from standard input.")
  var stdin = false

  @Option(help: ArgumentHelp("The name to report for standard input.", valueName: "NAME"))
  var stdinFilename = "<stdin>"

  func validate() throws {
    if !stdin && paths.isEmpty && ci.filesFrom == nil {
      throw ValidationError("give files or folders to lint, --files-from, or --stdin")
    }
    if stdin && (!paths.isEmpty || ci.filesFrom != nil) {
      throw ValidationError("--stdin takes no paths and no --files-from")
    }
  }

  func run() throws {
    let session = rules.session()
    var setupFailed = false
    var baseline: Baseline?
    if let path = ci.baseline {
      do { baseline = try Baseline.load(path: path) } catch {
        Output.error("reportlint: \(error)")
        setupFailed = true
      }
    }
    let reporter = format.reporter()
    let context = ReportContext(rules: session.linter.descriptors)
    var summary = LintSummary()
    var missing: [String] = []

    /// What every report goes through before it is printed: the baseline, the summary (counted
    /// before --quiet hides warnings, so --max-warnings still sees them), then --quiet. Pure, so
    /// it runs on the worker that linted the file.
    func filter(_ report: FileReport) -> (shown: FileReport, counts: LintSummary) {
      var report = baseline?.filter([report])[0] ?? report
      let counts = LintSummary([report])
      if ci.quiet { report.diagnostics.removeAll { $0.severity != .error } }
      return (report, counts)
    }
    /// The rest, in file order on this thread: problems to stderr, the summary.
    func finish(path: String, problems: [String], counts: LintSummary) {
      for problem in problems { Output.error("reportlint: \(path): \(problem)") }
      summary.add(counts)
    }
    func finish(_ report: FileReport) -> FileReport {
      let filtered = filter(report)
      finish(path: report.path, problems: report.problems, counts: filtered.counts)
      return filtered.shown
    }

    if stdin {
      let bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
      let report: FileReport
      do {
        report = session.lint(try SourceLoader.document(path: stdinFilename, bytes: bytes))
      } catch {
        report = .failed(stdinFilename, error.description)
      }
      Output.write(reporter.report([finish(report)], context: context))
    } else {
      var listed: [String] = []
      if let filesFrom = ci.filesFrom {
        if let list = Self.readList(filesFrom) { listed = list } else {
          Output.error("reportlint: \(filesFrom): cannot read the list of files")
          setupFailed = true
        }
      }
      let files: [String]
      (files, missing) = session.collect(paths: paths, listed: listed)
      for path in missing { Output.error("reportlint: \(path): no such file or folder") }
      if let streaming = reporter as? StreamingReporter, ci.writeBaseline == nil {
        // Each file is printed as soon as it is linted, and its document let go: memory stays
        // flat however many reports the run covers.
        // One buffer, emptied after each write but keeping its capacity, serves the whole run.
        var output: [UInt8] = []
        func flush() {
          Output.write(bytes: output)
          output.removeAll(keepingCapacity: true)
        }
        streaming.begin(context: context, into: &output)
        flush()
        var index = 0
        // Into a pipe or a file, files' parts go out together, 64 KiB or so in one writev(2)
        // instead of one call a file (5,000 for the 40 MB bench); to a terminal, each at once.
        var pending: [[UInt8]] = []
        var pendingBytes = 0
        let batched = !Output.isTerminal
        func writePending() {
          Output.write(parts: pending)
          pending.removeAll(keepingCapacity: true)
          pendingBytes = 0
        }
        session.lint(files: files, jobs: ci.jobs) { report in
          let (shown, counts) = filter(report)
          var part: [UInt8] = []
          streaming.file(shown, context: context, into: &part)
          return (report.path, report.problems, counts, part)
        } each: { path, problems, counts, part in
          finish(path: path, problems: problems, counts: counts)
          var separator: [UInt8] = []
          streaming.separator(beforeFile: index, into: &separator)
          pending += [separator, part]
          pendingBytes += separator.count + part.count
          if !batched || pendingBytes >= 1 << 16 || pending.count >= Output.partsPerWrite { writePending() }
          index += 1
        }
        writePending()
        streaming.end(summary: summary, context: context, into: &output)
        flush()
      } else {
        let reports = session.lint(files: files, jobs: ci.jobs)
        // The baseline records everything found (suppressed findings never reach here), before
        // the old baseline and --quiet hide anything, so rewriting it is idempotent.
        if let path = ci.writeBaseline {
          do {
            try Data(Baseline(reports).serialized().utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
          } catch {
            Output.error("reportlint: \(path): cannot write the baseline: \(error.localizedDescription)")
            setupFailed = true
          }
        }
        Output.write(reporter.report(reports.map(finish), context: context))
      }
    }
    if let timings = RuleTimings.shared { Output.error(timings.report()) }
    if !session.loadErrors.isEmpty || !missing.isEmpty || summary.problems > 0 || setupFailed {
      throw ExitCode(ExitStatus.usageOrIO)
    }
    if let maxWarnings = ci.maxWarnings, summary.warnings > maxWarnings {
      Output.error("reportlint: \(summary.warnings) warnings, more than --max-warnings \(maxWarnings)")
      throw ExitCode(ExitStatus.findings)
    }
    throw ExitCode(summary.errors > 0 ? ExitStatus.findings : ExitStatus.clean)
  }

  /// One path a line; blank lines and CR (lists written on Windows) are ignored.
  static func readList(_ source: String) -> [String]? {
    let data = source == "-"
      ? FileHandle.standardInput.readDataToEndOfFile() : FileManager.default.contents(atPath: source)
    guard let data else { return nil }
    return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
      .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
  }
}
