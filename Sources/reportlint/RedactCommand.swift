import ArgumentParser
import Foundation
import ReportLintCore

struct RedactCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "redact",
    abstract: "脱敏：遮盖数字、日期、人名、地名、单位名称和证件号码 (mask a report for publication).",
    discussion: """
      The masked text goes to standard output, in the input's encoding and line endings, unless -o or
      --in-place is given. The output is read back and checked: if any detector still finds a value in
      it, nothing is written and the exit status is 2.
      """)

  @Argument(help: "The report to mask.")
  var file: String

  @Option(name: .shortAndLong, help: ArgumentHelp("Write the masked text to OUT (never the input itself).", valueName: "OUT"))
  var output: String?

  @Flag(help: "Replace the input file with its masked text.")
  var inPlace = false

  @Option(help: ArgumentHelp("Write original → mask pairs as JSON to MAP (mode 0600).", valueName: "MAP"))
  var map: String?

  @OptionGroup var rules: RuleOptions

  func validate() throws {
    if inPlace && output != nil { throw ValidationError("give -o OUT or --in-place, not both") }
    if let output, Self.sameFile(output, file) {
      throw ValidationError("-o names the input file; use --in-place to replace it")
    }
    if let map, Self.sameFile(map, file) || output.map({ Self.sameFile(map, $0) }) == true {
      throw ValidationError("--map must name a file other than the input and the output")
    }
  }

  func run() throws {
    let session = rules.session()
    if !session.loadErrors.isEmpty { throw ExitCode(ExitStatus.usageOrIO) }
    let document: Document
    let snapshot: FileSnapshot
    do {
      snapshot = try FileSnapshot.capture(path: file)
      document = try snapshot.document()
    } catch {
      fail("\(file): \(error.description)")
    }
    let configuration = session.configuration(forFileAt: file)
    let redactor = Redactor(
      rules: session.linter.activeRules(profile: .redacted, configuration: configuration).map(\.rule))
    if redactor.isEmpty { fail("no redact rules are active (see `reportlint rules --pack redaction`)") }

    let result: Redactor.Result
    let bytes: [UInt8]
    do {
      result = try redactor.redact(document)
      guard let encoded = document.source.encode(result.text) else {
        fail("\(file): the masked text cannot be written in \(document.source.encoding.rawValue)")
      }
      bytes = encoded
    } catch {
      fail("\(file): \(error)")
    }
    // Fail closed: whatever a detector still finds in the bytes about to be written stops the run.
    let verify: ([UInt8]) throws -> Void = { written in
      let survivors = try redactor.survivors(in: written, path: file)
      if !survivors.isEmpty {
        let shown = survivors.prefix(5).map { "\($0.category.label)“\($0.shown)”" }.joined(separator: "、")
        throw VerifiedFileWriter.WriteError(
          description: "\(file): 脱敏后仍检出 \(survivors.count) 处未遮盖的内容（\(shown)），未写出任何文件")
      }
    }
    do {
      if inPlace {
        // The fixer's atomic write (mode kept, refused when the file changed since it was read),
        // given only bytes that passed the check.
        try verify(bytes)
        try AtomicWriter.write(bytes, over: snapshot)
      } else if let output {
        try VerifiedFileWriter.write(bytes, to: output, mode: 0o644, verify: verify)
      } else {
        try verify(bytes)
        Output.write(bytes: bytes)
      }
      // The map holds what was removed: written only once the masked text passed, and private.
      if let map {
        try VerifiedFileWriter.write(Array(RedactionMap.json(result.spans, in: document).utf8), to: map, mode: 0o600) { _ in }
      }
    } catch {
      fail("\(error)")
    }
  }

  func fail(_ message: String) -> Never {
    Output.error("reportlint: \(message)")
    Foundation.exit(ExitStatus.usageOrIO)
  }

  static func sameFile(_ a: String, _ b: String) -> Bool {
    let left = URL(fileURLWithPath: a).standardizedFileURL.resolvingSymlinksInPath().path
    let right = URL(fileURLWithPath: b).standardizedFileURL.resolvingSymlinksInPath().path
    return left == right
  }

}
