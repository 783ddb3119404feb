import Foundation
import XCTest

@testable import ReportLintCore

final class AtomicWriterTests: XCTestCase {
  let session = LintSession(builtinRules: true)
  let draftLine = "根据工作安排,现将１２项工作汇报如下...\n二是持续推进。\n"
  let fixedLine = "根据工作安排，现将12项工作汇报如下……\n二是持续推进。\n"

  /// Writes `text` in `source`'s encoding, fixes it through the session, and returns the bytes
  /// on disk before and after.
  func roundTrip(_ text: String, _ source: SourceEncoding) throws -> (before: [UInt8], after: [UInt8], fix: FileFix) {
    let folder = try FixTestSupport.temporaryFolder(for: self)
    let url = folder.appendingPathComponent("report.txt")
    let before = try XCTUnwrap(source.encode(Array(text.utf8)))
    try Data(before).write(to: url)
    let fix = session.fix(files: [url.path], options: FixOptions(), write: true)[0]
    return (before, try FixTestSupport.bytes(url), fix)
  }

  func testEachEncodingBOMAndLineEndRoundTrips() throws {
    let cases: [(TextEncoding, Bool)] = [(.utf8, false), (.utf8, true), (.utf16LE, true), (.utf16BE, true), (.gb18030, false)]
    for (encoding, bom) in cases {
      for crlf in [false, true] {
        let convert = { (text: String) in crlf ? text.replacingOccurrences(of: "\n", with: "\r\n") : text }
        let source = SourceEncoding(encoding: encoding, hasByteOrderMark: bom, lineEnding: crlf ? .crlf : .lf)
        let (_, after, fix) = try roundTrip(convert(draftLine), source)
        XCTAssertTrue(fix.written, "\(encoding) bom=\(bom) crlf=\(crlf)")
        XCTAssertEqual(after, source.encode(Array(convert(fixedLine).utf8)), "\(encoding) bom=\(bom) crlf=\(crlf)")
        let reloaded = try SourceLoader.document(path: "x.txt", bytes: after)
        XCTAssertEqual(reloaded.source, source)
      }
    }
  }

  func testAFileWithNothingToFixIsNotRewritten() throws {
    let folder = try FixTestSupport.temporaryFolder(for: self)
    let url = folder.appendingPathComponent("clean.txt")
    try Data(fixedLine.utf8).write(to: url)
    let before = try FileManager.default.attributesOfItem(atPath: url.path)
    let fix = session.fix(files: [url.path], options: FixOptions(), write: true)[0]
    let after = try FileManager.default.attributesOfItem(atPath: url.path)
    XCTAssertFalse(fix.written)
    XCTAssertEqual(before[.systemFileNumber] as? Int, after[.systemFileNumber] as? Int, "same inode: no rename")
    XCTAssertEqual(before[.modificationDate] as? Date, after[.modificationDate] as? Date)
  }

  func testModeIsKept() throws {
    let folder = try FixTestSupport.temporaryFolder(for: self)
    let url = folder.appendingPathComponent("mode.txt")
    try Data(draftLine.utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o640], ofItemAtPath: url.path)
    XCTAssertTrue(session.fix(files: [url.path], options: FixOptions(), write: true)[0].written)
    XCTAssertEqual(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int, 0o640)
  }

  func testAReadOnlyFileIsRefusedAndKept() throws {
    let folder = try FixTestSupport.temporaryFolder(for: self)
    let url = folder.appendingPathComponent("locked.txt")
    try Data(draftLine.utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: url.path)
    let fix = session.fix(files: [url.path], options: FixOptions(), write: true)[0]
    XCTAssertEqual(fix.writeError, .readOnlyFile)
    XCTAssertFalse(fix.written)
    XCTAssertEqual(try FixTestSupport.bytes(url), Array(draftLine.utf8))
    XCTAssertFalse(fix.report.diagnostics.isEmpty, "what remains is what the file still has")
  }

  func testAReadOnlyFolderIsRefusedAndKept() throws {
    let folder = try FixTestSupport.temporaryFolder(for: self)
    let url = folder.appendingPathComponent("draft.txt")
    try Data(draftLine.utf8).write(to: url)
    try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.path) }
    let fix = session.fix(files: [url.path], options: FixOptions(), write: true)[0]
    guard case .readOnlyFolder = fix.writeError else { return XCTFail("\(String(describing: fix.writeError))") }
    XCTAssertEqual(try FixTestSupport.bytes(url), Array(draftLine.utf8))
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["draft.txt"])
  }

  func testAFileChangedAfterItWasReadIsRefused() throws {
    let folder = try FixTestSupport.temporaryFolder(for: self)
    let url = folder.appendingPathComponent("busy.txt")
    try Data(draftLine.utf8).write(to: url)
    let snapshot = try FileSnapshot.capture(path: url.path)
    let document = try SourceLoader.document(path: url.path, bytes: snapshot.bytes)
    let outcome = try session.fixer(options: FixOptions()).fix(document)
    // Someone saves the file in between — even with the same size.
    let edited = draftLine.replacingOccurrences(of: "二是", with: "三是")
    try Data(edited.utf8).write(to: url)
    XCTAssertThrowsError(try AtomicWriter.write(outcome.document, over: snapshot)) {
      XCTAssertEqual($0 as? WriteError, .changedSinceRead)
    }
    XCTAssertEqual(try FixTestSupport.bytes(url), Array(edited.utf8))
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder.path), ["busy.txt"])
  }

  func testASymbolicLinkStaysALink() throws {
    let folder = try FixTestSupport.temporaryFolder(for: self)
    let target = folder.appendingPathComponent("real.txt")
    let link = folder.appendingPathComponent("link.txt")
    try Data(draftLine.utf8).write(to: target)
    try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
    XCTAssertTrue(session.fix(files: [link.path], options: FixOptions(), write: true)[0].written)
    XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), target.path)
    XCTAssertEqual(try FixTestSupport.bytes(target), Array(fixedLine.utf8))
  }
}
