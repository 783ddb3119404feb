import Foundation

extension CLIRunner {
  /// The binary as a process not yet started, for tests that must signal it while it runs.
  static func process(_ arguments: [String]) -> Process {
    let process = Process()
    process.executableURL = binary
    process.arguments = arguments
    process.currentDirectoryURL = packageRoot
    return process
  }
}
