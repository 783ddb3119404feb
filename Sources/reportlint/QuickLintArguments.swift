import ArgumentParser
import ReportLintCore

/// Reads the command lines a `lint` run nearly always has (`lint`, paths, options each given once
/// as `--name value`) without ArgumentParser, whose parse reflects over every command's
/// properties and looks their types up at run time: 21 of the 158 million instructions it took to
/// lint one short file. Anything else (help, other commands, `--name=value`, a value or path
/// starting with `-`, an option given twice, a line `validate()` would refuse)
/// gives nil, and ArgumentParser reads the line as before, with its own messages. A test compares
/// every accepted line with ArgumentParser's reading of it.
enum QuickLintArguments {
  /// The request `arguments` (without the program name) make, or nil to leave them to
  /// ArgumentParser.
  static func request(from arguments: [String]) -> LintRequest? {
    var arguments = arguments[...]
    if arguments.first == LintCommand.configuration.commandName { arguments = arguments.dropFirst() }
    // A command's name anywhere else (or `help`) may be read as that command.
    let commandNames = ReportLint.configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
    guard !arguments.contains(where: { commandNames.contains($0) }) else { return nil }

    var request = LintRequest(
      paths: [], format: .text, ruleDirectories: [], config: nil, profile: nil, filesFrom: nil, jobs: nil,
      maxWarnings: nil, quiet: false, baseline: nil, writeBaseline: nil, stdin: false, stdinFilename: "<stdin>")
    var given: Set<String> = []
    while let argument = arguments.popFirst() {
      guard !argument.isEmpty else { return nil }
      guard argument.hasPrefix("-") else {
        request.paths.append(argument)
        continue
      }
      // Only `--rules` may be repeated; a flag takes no value.
      guard argument == "--rules" || given.insert(argument).inserted else { return nil }
      if argument == "--quiet" {
        request.quiet = true
        continue
      }
      if argument == "--stdin" {
        request.stdin = true
        continue
      }
      guard let value = arguments.popFirst(), !value.isEmpty, !value.hasPrefix("-") else { return nil }
      switch argument {
      case "--format":
        guard let format = OutputFormat(argument: value) else { return nil }
        request.format = format
      case "--rules": request.ruleDirectories.append(value)
      case "--config": request.config = value
      case "--profile":
        guard let profile = Profile(argument: value) else { return nil }
        request.profile = profile
      case "--files-from": request.filesFrom = value
      case "--jobs":
        guard let jobs = Int(argument: value), jobs >= 1 else { return nil }
        request.jobs = jobs
      case "--max-warnings":
        guard let maxWarnings = Int(argument: value), maxWarnings >= 0 else { return nil }
        request.maxWarnings = maxWarnings
      case "--baseline": request.baseline = value
      case "--write-baseline": request.writeBaseline = value
      case "--stdin-filename": request.stdinFilename = value
      default: return nil
      }
    }
    // Left to ArgumentParser, which reports it (`LintCommand.validate()`).
    guard request.inputError == nil else { return nil }
    return request
  }
}
