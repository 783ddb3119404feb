import Dispatch

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
  public func fix(files: [String], options: FixOptions, write: Bool) -> [FileFix] {
    var results = [FileFix?](repeating: nil, count: files.count)
    let slots = results.withUnsafeMutableBufferPointer { $0 }
    // Each iteration writes only its own slot, so the buffer needs no lock.
    DispatchQueue.concurrentPerform(iterations: files.count) { index in
      slots[index] = fixFile(files[index], options: options, write: write)
    }
    return results.map { $0! }
  }

  func fixFile(_ path: String, options: FixOptions, write: Bool) -> FileFix {
    let snapshot: FileSnapshot
    let document: Document
    do {
      snapshot = try FileSnapshot.capture(path: path)
      document = try SourceLoader.document(path: path, bytes: snapshot.bytes)
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
    let collected = FileCollector.collect(paths) { self.configuration(forDirectory: $0) }
    return (fix(files: collected.files, options: options, write: write), collected.missing)
  }
}
