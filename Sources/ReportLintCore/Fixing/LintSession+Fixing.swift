extension LintSession {
  /// A fixer that lints with this session's rules and each file's configuration.
  public func fixer(options: FixOptions) -> Fixer {
    Fixer(options: options) { self.lint($0).diagnostics }
  }

  /// Fixes a document in memory (stdin, `--diff`, `--dry-run`); the report lists what remains.
  public func fix(_ document: Document, options: FixOptions) -> (FixOutcome, FileReport) {
    // The session's check does not throw: a failing rule becomes a problem in the report.
    let outcome = try! fixer(options: options).fix(document)
    return (outcome, lint(outcome.document))
  }

  /// Fixes files in parallel, and when `write` is true writes each changed one back atomically.
  /// A file with nothing to change is never rewritten. Results come back in the order of `files`.
  public func fix(files: [String], options: FixOptions, write: Bool, jobs: Int? = nil) -> [FileFix] {
    var results: [FileFix] = []
    OrderedParallelMap.run(files, jobs: jobs, transform: { fixFile($0, options: options, write: write) }) {
      results.append($0)
    }
    return results
  }

  func fixFile(_ path: String, options: FixOptions, write: Bool) -> FileFix {
    let snapshot: FileSnapshot
    let document: Document
    do {
      snapshot = try FileSnapshot.capture(path: path)
      document = try snapshot.document()
    } catch {
      return FileFix(path: path, outcome: nil, report: .failed(path, error.description))
    }
    let (outcome, report) = fix(document, options: options)
    var result = FileFix(path: path, outcome: outcome, report: report)
    guard write, outcome.changed else { return result }
    do {
      try AtomicWriter.write(outcome.document, over: snapshot)
      result.written = true
    } catch {
      result.writeError = error
      // Nothing was written: what remains is what the file on disk still has.
      result.report = lint(document)
    }
    return result
  }
}

extension LintSession {
  /// Expands `paths` as `lint` does and fixes every file; also returns the paths that do not exist.
  public func fix(paths: [String], options: FixOptions, write: Bool) -> (fixes: [FileFix], missing: [String]) {
    let (files, missing) = collect(paths: paths)
    return (fix(files: files, options: options, write: write), missing)
  }
}
