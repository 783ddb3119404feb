import ArgumentParser

/// The `lint` options for running in CI: input lists, parallelism, gates and the baseline.
struct CIOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "Also lint the paths listed in FILE, one a line ('-' reads standard input); files are "
        + "filtered like a folder walk's, so `git diff --name-only` output can be piped in.",
      valueName: "FILE|-"))
  var filesFrom: String?

  @Option(help: ArgumentHelp("Lint at most N files at once (default: every core it may run on).", valueName: "N"))
  var jobs: Int?

  @Option(
    help: ArgumentHelp(
      "Exit with status 1 when there are more than N warnings (after the baseline).", valueName: "N"))
  var maxWarnings: Int?

  @Flag(help: "Report errors only.")
  var quiet = false

  @Option(help: ArgumentHelp("Hide the findings recorded in FILE; report only new ones.", valueName: "FILE"))
  var baseline: String?

  @Option(
    help: ArgumentHelp(
      "Record the current findings in FILE (sorted JSON, no line numbers) for --baseline.",
      valueName: "FILE"))
  var writeBaseline: String?

  func validate() throws {
    if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    if let maxWarnings, maxWarnings < 0 { throw ValidationError("--max-warnings must be 0 or more") }
  }
}
