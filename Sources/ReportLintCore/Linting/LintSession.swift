import Dispatch
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One run of the linter: the rules (built-in packs, `--rules` folders and the configuration's
/// `rule-paths`), the configuration for each folder, and parallel linting over files.
public final class LintSession: @unchecked Sendable {
  public let linter: Linter
  /// Rule files and configuration files that could not be used; the run exits with status 2.
  public private(set) var loadErrors: [RuleLoadError] = []
  let explicitConfiguration: Configuration?
  let profileOverride: Profile?
  /// Standardized folder → configuration, so each `.reportlint.yml` is read once; and the same
  /// by folder as written, so each file's lookup is one dictionary hit. Guarded by `lock`
  /// (`@unchecked Sendable` above rests on it).
  private var configurations: [String: Configuration] = [:]
  private var configurationsAsWritten: [String: Configuration] = [:]
  /// The folder asked for last and its configuration, also guarded by `lock`: a folder's files
  /// come one after another, and comparing its name is cheaper than hashing it for the
  /// dictionary (every file asks: 10 MB corpus, 1.4 million instructions -> 0.9). String
  /// equality is the dictionary's (canonical equivalence), so both answer alike.
  private var lastLookup: (directory: String, configuration: Configuration)?
  private let lock = NSLock()

  /// - Parameters:
  ///   - ruleDirectories: folders given with `--rules`.
  ///   - configurationPath: `--config`; otherwise each file's nearest `.reportlint.yml` applies.
  ///   - profile: `--profile`; otherwise the configuration's, otherwise draft.
  ///   - builtinRules: false to run only the given folders (for `test-rules`).
  ///   - littleText: the run lints little text (`isLittleText`): plainly, without the linter's
  ///     shared literal scan and the pattern analyses behind it, which only pay back over many
  ///     documents. The findings are the same.
  public init(
    ruleDirectories: [String] = [], configurationPath: String? = nil, profile: Profile? = nil,
    builtinRules: Bool = true, littleText: Bool = false
  ) {
    var errors: [RuleLoadError] = []
    var explicit: Configuration?
    if let configurationPath {
      do { explicit = try Configuration.load(path: configurationPath) } catch { errors.append(error) }
    }
    explicitConfiguration = explicit
    profileOverride = profile
    var sources: [RuleSource] = builtinRules ? [.builtin] : []
    let start =
      explicit ?? Configuration.find(from: FileManager.default.currentDirectoryPath).flatMap {
        try? Configuration.load(path: $0)
      }
    for directory in ruleDirectories + (start?.rulePaths ?? []) {
      do { sources.append(try RuleSource.directory(directory)) } catch { errors.append(error) }
    }
    let loaded = RulePackLoader.load(sources, analysesPatterns: !littleText)
    linter = Linter(rules: loaded.rules, sharedLiteralScan: !littleText)
    loadErrors = errors + loaded.errors
  }

  /// Below this many bytes in all, a run lints plainly (`init`'s `littleText`). Linting one short
  /// file plainly took 103 million instructions instead of 140, one 8.6 KB report 101 instead of
  /// 135; a plain run costs about 600 instructions a byte more (10 MB: 6.9 billion against 0.83),
  /// so plain pays up to about 60 KB.
  public static let littleTextLimit = 32 * 1024

  /// Whether linting `paths` (as given on the command line) is a run over little text: at most
  /// eight regular files (no folders), smaller than `littleTextLimit` together.
  public static func isLittleText(paths: [String]) -> Bool {
    guard !paths.isEmpty, paths.count <= 8 else { return false }
    var total = 0
    for path in paths {
      var info = stat()
      guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return false }
      total += Int(info.st_size)
    }
    return total < littleTextLimit
  }

  /// The configuration governing files in `directory`.
  public func configuration(forDirectory directory: String) -> Configuration {
    if let explicitConfiguration { return explicitConfiguration }
    lock.lock()
    defer { lock.unlock() }
    return lookUp(directory)
  }

  /// The configuration governing files in `directory`, the last folder's when it is asked again.
  /// Called under `lock`.
  private func lookUp(_ directory: String) -> Configuration {
    // Compared in place and copied out once: binding the last lookup first copied its
    // configuration (eight references retained, then released) a second time, every file.
    if lastLookup?.directory == directory { return lastLookup!.configuration }
    if let cached = configurationsAsWritten[directory] {
      lastLookup = (directory, cached)
      return cached
    }
    let key = StandardPath.of(directory)
    let configuration = configurations[key] ?? loadConfiguration(forStandardizedDirectory: key)
    configurations[key] = configuration
    configurationsAsWritten[directory] = configuration
    lastLookup = (directory, configuration)
    return configuration
  }

  /// The nearest `.reportlint.yml`'s settings, or the defaults; a file that cannot be used is a
  /// load error. Called under `lock`.
  private func loadConfiguration(forStandardizedDirectory directory: String) -> Configuration {
    guard let path = Configuration.find(from: directory) else { return Configuration() }
    do { return try Configuration.load(path: path) } catch {
      if !loadErrors.contains(error) { loadErrors.append(error) }
      return Configuration()
    }
  }

  public func profile(for configuration: Configuration) -> Profile {
    profileOverride ?? configuration.profile ?? .draft
  }

  /// Expands `paths` and lints every file, in parallel; reports come back in the order of the
  /// files. `listed` paths (from `--files-from`) are filtered like a folder walk's files.
  public func lint(paths: [String], listed: [String] = [], jobs: Int? = nil) -> (
    reports: [FileReport], missing: [String]
  ) {
    let (files, missing) = collect(paths: paths, listed: listed)
    return (lint(files: files, jobs: jobs), missing)
  }

  /// The files `paths` and `listed` name, and the paths that do not exist.
  public func collect(paths: [String], listed: [String] = []) -> (files: [String], missing: [String]) {
    let named = FileCollector.collect(paths) { self.configuration(forDirectory: $0) }
    let fromList = FileCollector.collect(listed, filterFiles: true) { self.configuration(forDirectory: $0) }
    return (named.files + fromList.files, named.missing + fromList.missing)
  }

  public func lint(files: [String], jobs: Int? = nil) -> [FileReport] {
    var reports: [FileReport] = []
    lint(files: files, jobs: jobs) { reports.append($0) }
    return reports
  }

  /// Lints files in parallel and hands each report to `each` in file order as soon as it and the
  /// ones before it are done, so memory holds at most `window` documents however many files there
  /// are. `jobs` caps the workers (default: all cores).
  public func lint(files: [String], jobs: Int? = nil, window: Int = 64, each: (FileReport) -> Void) {
    lint(files: files, jobs: jobs, window: window, render: { $0 }, each: each)
  }

  /// As `lint(files:jobs:window:each:)`, with `render` run on the worker that linted the file, so
  /// turning a report into output (the larger part of a run's serial work) happens in parallel.
  @inlinable
  public func lint<Rendered>(
    files: [String], jobs: Int? = nil, window: Int = 64, render: (FileReport) -> Rendered,
    each: (Rendered) -> Void
  ) {
    OrderedParallelMap.run(files, jobs: jobs, window: window, transform: { render(lintFile($0)) }, each: each)
  }

  @usableFromInline
  func lintFile(_ path: String) -> FileReport {
    do {
      return lint(try SourceLoader.load(path: path))
    } catch {
      return .failed(path, error.description)
    }
  }

  /// Lints a document already in memory (stdin).
  public func lint(_ document: Document) -> FileReport {
    let configuration = configuration(forFileAt: document.path)
    return linter.lint(document, profile: profile(for: configuration), configuration: configuration)
  }

  /// The configuration governing the file at `path` (its folder's, "." for a bare name): the
  /// last folder's, when the path's folder is it byte for byte (nearly always), told without
  /// making the folder's name (an allocation and a release a file).
  public func configuration(forFileAt path: String) -> Configuration {
    if let explicitConfiguration { return explicitConfiguration }
    lock.lock()
    defer { lock.unlock() }
    // The folder alone bound: binding the whole lookup copied its configuration too.
    if let folder = lastLookup?.directory, PathText.folder(of: path, isBytewise: folder) {
      return lastLookup!.configuration
    }
    let directory = PathText.parent(of: path)
    return lookUp(directory.isEmpty ? "." : directory)
  }
}
