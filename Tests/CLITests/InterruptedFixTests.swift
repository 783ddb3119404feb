import Foundation
import XCTest

/// An interrupted `fix` leaves the old file or the new one, never a mix: the process is killed
/// at random moments, and as soon as its temporary file appears (mid-write).
final class InterruptedFixTests: XCTestCase {
  func testKilledMidRunLeavesOldOrNewFile() throws {
    try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: CLIRunner.binary.path), "build first: swift build")
    let draft = try Data(contentsOf: CLIRunner.packageRoot.appendingPathComponent("Fixtures/fix/draft.txt"))
    // About 35 KB of fixes everywhere: a run takes a fraction of a second, so six kills stay quick.
    let original = Data((0..<30).map { _ in draft }.joined())
    let folder = try CLIRunner.temporaryFolder(for: self)
    let file = folder.appendingPathComponent("large.txt")

    try original.write(to: file)
    let started = Date()
    _ = try CLIRunner.run(["fix", file.path])
    let duration = Date().timeIntervalSince(started)
    let fixed = try Data(contentsOf: file)
    XCTAssertNotEqual(fixed, original)

    var generator = SystemRandomNumberGenerator()
    var outcomes: [String: Int] = [:]
    var caughtMidWrite = 0
    for round in 0..<6 {
      try? FileManager.default.removeItem(at: file)
      for stray in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
        try FileManager.default.removeItem(at: folder.appendingPathComponent(stray))
      }
      try original.write(to: file)
      let process = CLIRunner.process(["fix", file.path])
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      if round % 2 == 0 {
        // Kill the moment the temporary file exists: between creating it and the rename.
        let stop = Date().addingTimeInterval(duration * 2)
        while process.isRunning && Date() < stop,
          (try? FileManager.default.contentsOfDirectory(atPath: folder.path).count) ?? 0 < 2
        { usleep(100) }  // poll without starving the child on a busy machine
        if process.isRunning { caughtMidWrite += 1 }
      } else {
        // Anywhere in the run, including after it may already have finished.
        usleep(UInt32(Double.random(in: 0.3...1.3, using: &generator) * duration * 1_000_000))
      }
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      let now = try Data(contentsOf: file)
      XCTAssertTrue(now == original || now == fixed, "round \(round): the file is a mix of old and new")
      let key = now == fixed ? "new" : "old"
      outcomes[key, default: 0] += 1
    }
    print("interrupted fix: 6 kills (\(caughtMidWrite) with the temporary file present), outcomes \(outcomes), one run \(String(format: "%.2f", duration)) s")
  }
}
