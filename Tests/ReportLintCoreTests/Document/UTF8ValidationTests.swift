import XCTest

@testable import ReportLintCore

final class UTF8ValidationTests: XCTestCase {
  /// Validation as it was done before: decoding scalar by scalar.
  func decodes(_ bytes: [UInt8]) -> Bool {
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue: continue
      case .emptyInput: return true
      case .error: return false
      }
    }
  }

  /// The check tells whether valid text holds a four-byte character (the repetition filter skips
  /// its own test when not), wherever one stands: in a block of 64 that is otherwise simple, in
  /// the tail, first, last; and the loader's document carries the answer.
  func testFindsFourByteCharacters() throws {
    let han = Array(String(repeating: "进一步a", count: 60).utf8)
    XCTAssertEqual(Transcoder.checkUTF8(han[...]).isValid, true)
    XCTAssertEqual(Transcoder.checkUTF8(han[...]).hasFourByteCharacters, false)
    XCTAssertFalse(try SourceLoader.document(path: "a.txt", bytes: han).hasFourByteCharacters)
    for position in [0, 1, 4, 60, 63, 64, 100, 128, 190, 600, han.count] {
      var text = han
      // A character boundary at or before the position.
      var at = min(position, text.count)
      while at < text.count, text[at] & 0xC0 == 0x80 { at -= 1 }
      text.insert(contentsOf: Array("𠀀".utf8), at: at)
      let check = Transcoder.checkUTF8(text[...])
      XCTAssertTrue(check.isValid, "𠀀 at \(at)")
      XCTAssertTrue(check.hasFourByteCharacters, "𠀀 at \(at)")
      XCTAssertTrue(try SourceLoader.document(path: "a.txt", bytes: text).hasFourByteCharacters, "𠀀 at \(at)")
    }
  }

  // Overlong forms, surrogates, scalars past U+10FFFF, truncated and stray continuation bytes.
  func testAgreesWithDecoding() {
    let cases: [[UInt8]] = [
      [], Array("布署abc😀".utf8), [0xC0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
      [0xF0, 0x9F, 0x98], [0x80], [0xE5, 0xB8], [0xFF], Array("abcdefgh".utf8) + [0xE5],
    ]
    for bytes in cases { XCTAssertEqual(Transcoder.isValidUTF8(bytes[...]), decodes(bytes), "\(bytes)") }
    // Every lead byte followed by every second byte, the rest well formed: the edges of each range.
    for lead in 0x80...0xFF {
      for second in 0x00...0xFF {
        let bytes = [UInt8(lead), UInt8(second), 0x80, 0x80] + Array("abcdefghij".utf8)
        XCTAssertEqual(Transcoder.isValidUTF8(bytes[...]), decodes(bytes), "\(bytes)")
        // The same as the second of two characters read together, and with a bad third byte.
        for third in [0x80, 0x3F, 0xC0] as [UInt8] {
          let paired = Array("部".utf8) + [UInt8(lead), UInt8(second), third] + Array("部部".utf8)
          XCTAssertEqual(Transcoder.isValidUTF8(paired[...]), decodes(paired), "\(paired)")
        }
      }
    }
    var generator = SystemRandomNumberGenerator()
    let alphabet: [UInt8] =
      Array("aaaaaaaa部😀é".utf8) + [0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xDF, 0xE0, 0xE1, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF4, 0xF5, 0xFF]
    for _ in 0..<20000 {
      // Up to 40 bytes, so that runs of ASCII long enough to be skipped eight at a time occur.
      let bytes = (0..<Int.random(in: 0..<40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
      XCTAssertEqual(Transcoder.isValidUTF8(bytes[...]), decodes(bytes), "\(bytes)")
      XCTAssertEqual(Transcoder.isValidUTF8(bytes.dropFirst()), decodes(Array(bytes.dropFirst())), "\(bytes)")
    }
  }

  // Blocks of 64 bytes of ASCII and three-byte characters are checked together, by masks: long
  // texts of those, with now and then a byte that breaks them (a stray continuation, a lead
  // without its continuations, E0/ED, two- and four-byte characters) anywhere, block edges
  // included.
  func testAgreesWithDecodingOnLongTexts() {
    var generator = SystemRandomNumberGenerator()
    let characters = ["部", "a", "，", "\n", "署", "1"].map { Array($0.utf8) }
    let breakers: [[UInt8]] = [
      [0x80], [0xE5], [0xE5, 0x80], [0xE0, 0xA0, 0x80], [0xE0, 0x80, 0x80], [0xED, 0x9F, 0xBF], [0xED, 0xA0, 0x80],
      Array("é".utf8), Array("😀".utf8), [0xC0], [0xFF], [0xEF, 0xBF, 0xBF],
    ]
    for _ in 0..<5000 {
      var bytes: [UInt8] = []
      let length = Int.random(in: 60..<400, using: &generator)
      while bytes.count < length {
        bytes += Int.random(in: 0..<40, using: &generator) == 0
          ? breakers.randomElement(using: &generator)! : characters.randomElement(using: &generator)!
      }
      XCTAssertEqual(Transcoder.isValidUTF8(bytes[...]), decodes(bytes), "\(bytes)")
      XCTAssertEqual(Transcoder.isValidUTF8(bytes.dropFirst()), decodes(Array(bytes.dropFirst())), "\(bytes)")
    }
  }

  // Whole regular files are read in one go; anything else is left to the explaining path.
  func testRegularFileReader() throws {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent(UUID().uuidString)
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: directory) }
    let path = directory.appendingPathComponent("a.txt").path
    let bytes = Array("布署工作\n".utf8)
    try Data(bytes).write(to: URL(fileURLWithPath: path))
    XCTAssertEqual(RegularFileReader.contents(of: path, limit: 100), bytes)
    XCTAssertNil(RegularFileReader.contents(of: path, limit: 3))
    XCTAssertNil(RegularFileReader.contents(of: directory.path, limit: 100))
    XCTAssertNil(RegularFileReader.contents(of: path + ".missing", limit: 100))
    try Data().write(to: URL(fileURLWithPath: path))
    XCTAssertEqual(RegularFileReader.contents(of: path, limit: 100), [])
  }
}
