import XCTest

@testable import ReportLintCore

final class SourceLoaderTests: XCTestCase {
  let sample = "一、工作开展情况\n布署工作，成效明显。\n"

  func load(_ bytes: [UInt8]) throws -> Document {
    try SourceLoader.document(path: "t.txt", bytes: bytes)
  }

  // Each supported encoding decodes to the same UTF-8 text and is remembered for writing back.
  func testEncodings() throws {
    let utf8 = Array(sample.utf8)
    let cases: [([UInt8], TextEncoding, Bool)] = [
      (utf8, .utf8, false),
      ([0xEF, 0xBB, 0xBF] + utf8, .utf8, true),
      ([0xFF, 0xFE] + Transcoder.encode(utf8, to: .utf16LE)!, .utf16LE, true),
      ([0xFE, 0xFF] + Transcoder.encode(utf8, to: .utf16BE)!, .utf16BE, true),
      (Transcoder.encode(utf8, to: .gb18030)!, .gb18030, false),
    ]
    for (bytes, encoding, bom) in cases {
      let document = try load(bytes)
      XCTAssertEqual(document.text, utf8, "\(encoding)")
      XCTAssertEqual(document.source.encoding, encoding)
      XCTAssertEqual(document.source.hasByteOrderMark, bom)
    }
  }

  // UTF-8 with or without a byte order mark is known to hold four-byte characters or not (the
  // repetition filter skips its test for them when not); transcoded text is not checked.
  func testFourByteCharactersAreKnownForUTF8() throws {
    let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
    let plain = Array(sample.utf8)
    let wide = Array((sample + "𠀀\n").utf8)
    XCTAssertFalse(try load(plain).hasFourByteCharacters)
    XCTAssertFalse(try load(bom + plain).hasFourByteCharacters)
    XCTAssertTrue(try load(wide).hasFourByteCharacters)
    XCTAssertTrue(try load(bom + wide).hasFourByteCharacters)
    XCTAssertTrue(try load([0xFF, 0xFE] + Transcoder.encode(plain, to: .utf16LE)!).hasFourByteCharacters)
    XCTAssertThrowsError(try load(bom + plain + [0]))
  }

  // GB18030 text really differs from UTF-8 (so the test above is not trivially passing).
  func testGB18030BytesAreNotUTF8() {
    let encoded = Transcoder.encode(Array(sample.utf8), to: .gb18030)!
    XCTAssertNotEqual(encoded, Array(sample.utf8))
    XCTAssertFalse(Transcoder.isValidUTF8(encoded[...]))
  }

  // Line ends are kept as they are and classified.
  func testLineEndings() throws {
    XCTAssertEqual(try load(Array("a\r\nb\r\n".utf8)).source.lineEnding, .crlf)
    XCTAssertEqual(try load(Array("a\nb\n".utf8)).source.lineEnding, .lf)
    XCTAssertEqual(try load(Array("a\r\nb\n".utf8)).source.lineEnding, .mixed)
    XCTAssertEqual(try load(Array("a\r\nb".utf8)).text, Array("a\r\nb".utf8))
  }

  // NUL bytes and undecodable bytes are refused with the binary message.
  func testBinaryIsRefused() {
    XCTAssertThrowsError(try load([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00, 0x08])) {
      XCTAssertEqual($0 as? LoadError, .binaryOrUnknownEncoding)
    }
    let noise: [UInt8] = (0..<512).map { UInt8(($0 * 37 + 11) % 256) }.filter { $0 != 0 }
    XCTAssertThrowsError(try load(noise))
  }

  // An empty file is a document with one empty line, not an error.
  func testEmptyFile() throws {
    let document = try load([])
    XCTAssertEqual(document.lineIndex.lineCount, 1)
    XCTAssertTrue(document.text.isEmpty)
  }

  // A missing file is an error that says so.
  func testMissingFile() {
    XCTAssertThrowsError(try SourceLoader.load(path: "/nonexistent/汇报.txt")) { error in
      XCTAssertTrue("\(error)".contains("no such file") || "\(error)".contains("No such file"), "\(error)")
    }
  }
}
