import ArgumentParser
import Foundation
import ReportLintCore

/// What a `lint` run was asked to do: `LintCommand`'s values, free of ArgumentParser, so that the
/// common command lines can be read without it (`QuickLintArguments`).
struct LintRequest: Equatable {
  var paths: [String]
  var format: OutputFormat
  var ruleDirectories: [String]
  var config: String?
  var profile: Profile?
  var filesFrom: String?
  var jobs: Int?
  var maxWarnings: Int?
  var quiet: Bool
  var baseline: String?
  var writeBaseline: String?
  var stdin: Bool
  var stdinFilename: String

  /// What is wrong with what the request names to lint (files or folders, `--files-from`, or
  /// `--stdin` alone), or nil: one check for `LintCommand.validate()` and `QuickLintArguments`.
  var inputError: String? {
    let named = !paths.isEmpty || filesFrom != nil
    if !stdin && !named { return "give files or folders to lint, --files-from, or --stdin" }
    if stdin && named { return "--stdin takes no paths and no --files-from" }
    return nil
  }

  func run() throws {
    let input = stdin ? StandardInput() : nil
    let littleText = input?.isLittleText ?? (filesFrom == nil && LintSession.isLittleText(paths: paths))
    let session = RuleOptions.session(
      ruleDirectories: ruleDirectories, config: config, profile: profile, littleText: littleText)
    // Kept to the end of the process, which follows this run: releasing the session's rules,
    // automaton and tables piece by piece took 1.9 of the 64 million instructions a start took.
    _ = Unmanaged.passRetained(session)
    var setupFailed = false
    var baseline: Baseline?
    if let path = self.baseline {
      do { baseline = try Baseline.load(path: path) } catch {
        Output.error("reportlint: \(error)")
        setupFailed = true
      }
    }
    let (reporter, streamingReporter) = format.reporters()
    let context = ReportContext(rules: session.linter.descriptors)
    var summary = LintSummary()
    var missing: [String] = []

    /// What every report goes through before it is printed: the baseline, the summary (counted
    /// before --quiet hides warnings, so --max-warnings still sees them), then --quiet. Pure, so
    /// it runs on the worker that linted the file.
    func filter(_ report: FileReport) -> (shown: FileReport, counts: LintSummary) {
      var report = baseline?.filter([report])[0] ?? report
      // Added to an empty summary, not `LintSummary([report])`: that made an array a file.
      var counts = LintSummary()
      counts.add(report)
      if quiet { report.diagnostics.removeAll { $0.severity != .error } }
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

    if let input {
      let bytes = input.bytes()
      let report: FileReport
      do {
        report = session.lint(try SourceLoader.document(path: stdinFilename, bytes: bytes))
      } catch {
        report = .failed(stdinFilename, error.description)
      }
      Output.write(reporter.report([finish(report)], context: context))
    } else {
      var listed: [String] = []
      if let filesFrom = filesFrom {
        if let list = Self.readList(filesFrom) { listed = list } else {
          Output.error("reportlint: \(filesFrom): cannot read the list of files")
          setupFailed = true
        }
      }
      let files: [String]
      (files, missing) = session.collect(paths: paths, listed: listed)
      for path in missing { Output.error("reportlint: \(path): no such file or folder") }
      if let streaming = streamingReporter, writeBaseline == nil {
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
        var isFirst = true
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
        // The two separators written once: written for each file, each was an array made and
        // freed (500 instructions a file).
        var firstSeparator: [UInt8] = []
        var laterSeparator: [UInt8] = []
        streaming.separator(beforeFirstFile: true, into: &firstSeparator)
        streaming.separator(beforeFirstFile: false, into: &laterSeparator)
        session.lint(files: files, jobs: jobs) { report in
          let (shown, counts) = filter(report)
          var part: [UInt8] = []
          streaming.file(shown, context: context, into: &part)
          return (report.path, report.problems, counts, part)
        } each: { path, problems, counts, part in
          finish(path: path, problems: problems, counts: counts)
          let separator = isFirst ? firstSeparator : laterSeparator
          // Two appends, not `+= [separator, part]`: the literal's array was appended through
          // the generic path, 460 instructions a file. An empty separator (text) is no part: it
          // took a place of the write's vector for nothing.
          if !separator.isEmpty { pending.append(separator) }
          pending.append(part)
          pendingBytes += separator.count + part.count
          if !batched || pendingBytes >= 1 << 16 || pending.count >= Output.partsPerWrite { writePending() }
          isFirst = false
        }
        writePending()
        streaming.end(summary: summary, context: context, into: &output)
        flush()
      } else {
        let reports = session.lint(files: files, jobs: jobs)
        // The baseline records everything found (suppressed findings never reach here), before
        // the old baseline and --quiet hide anything, so rewriting it is idempotent.
        if let path = writeBaseline {
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
    if let maxWarnings = maxWarnings, summary.warnings > maxWarnings {
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
