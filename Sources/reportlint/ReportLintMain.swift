import ArgumentParser
import Foundation

/// Runs the command line. ArgumentParser would exit with 64 on a usage error; the contract says 2.
@main
enum ReportLintMain {
  static func main() {
    do {
      if let request = QuickLintArguments.request(from: Array(CommandLine.arguments.dropFirst())) {
        try request.run()
      } else {
        var command = try ReportLint.parseAsRoot()
        try command.run()
      }
    } catch let code as ExitCode {
      exit(code.rawValue)
    } catch {
      if ReportLint.exitCode(for: error) == .success { ReportLint.exit(withError: error) }
      Output.error(ReportLint.fullMessage(for: error))
      exit(ExitStatus.usageOrIO)
    }
  }
}
