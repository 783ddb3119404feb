import Foundation

/// Reads files and decides their encoding: a BOM first, then NUL bytes (binary), then valid
/// UTF-8, then GB18030.
public enum SourceLoader {
  /// Files larger than this are not linted: no report is that large, and the cap keeps one stray
  /// archive from exhausting memory.
  public static let maximumFileSize = 64 << 20

  public static func load(path: String, format: DocumentFormat? = nil) throws(LoadError) -> Document {
    if let bytes = RegularFileReader.contents(of: path, limit: maximumFileSize) {
      return try document(path: path, bytes: bytes, format: format)
    }
    // Anything the plain read does not cover (a missing or unreadable file, a pipe, one too
    // large) goes through Foundation, which words each error as the messages always have.
    let bytes: [UInt8]
    do {
      let data = try Data(contentsOf: URL(fileURLWithPath: path), options: .mappedIfSafe)
      try checkSize(data.count)  // before copying: the data is only mapped so far
      bytes = [UInt8](data)
    } catch let error as LoadError {
      throw error
    } catch {
      throw .unreadable(Self.reason(error))
    }
    return try document(path: path, bytes: bytes, format: format)
  }

  static func checkSize(_ count: Int) throws(LoadError) {
    guard count <= maximumFileSize else { throw .tooLarge(bytes: count, limit: maximumFileSize) }
  }

  /// Decodes bytes already in memory (stdin, a fix's snapshot, tests).
  public static func document(path: String, bytes: [UInt8], format: DocumentFormat? = nil)
    throws(LoadError) -> Document
  {
    try checkSize(bytes.count)
    let (text, encoding, bom, fourByte) = try decode(bytes)
    // One line index: its line starts classify the line ends too.
    let lines = LineIndex(text: text)
    let source = SourceEncoding(
      encoding: encoding, hasByteOrderMark: bom, lineEnding: .detect(in: text, lineStarts: lines.lineStarts))
    return Document(
      path: path, text: text, source: source, format: format, lineIndex: lines, hasFourByteCharacters: fourByte)
  }

  /// The text, its encoding, whether it had a byte order mark, and whether it may hold a
  /// four-byte character (known not to only for UTF-8, with or without a mark, which the
  /// validator reads whole; transcoded text is not checked).
  static func decode(_ bytes: [UInt8]) throws(LoadError) -> ([UInt8], TextEncoding, Bool, Bool) {
    for (encoding, mark) in markedEncodings where bytes.starts(with: mark) {
      let body = bytes[mark.count...]
      if encoding == .utf8 {
        let utf8 = Transcoder.checkUTF8(body)
        let text = Array(body)
        guard utf8.isValid, !containsNUL(text) else { throw .binaryOrUnknownEncoding }
        return (text, .utf8, true, utf8.hasFourByteCharacters)
      }
      guard let text = Transcoder.decode(body, from: encoding), !containsNUL(text) else { throw .binaryOrUnknownEncoding }
      return (text, encoding, true, true)
    }
    if containsNUL(bytes) { throw .binaryOrUnknownEncoding }
    let utf8 = Transcoder.checkUTF8(bytes[...])
    if utf8.isValid { return (bytes, .utf8, false, utf8.hasFourByteCharacters) }
    if let text = Transcoder.decode(bytes[...], from: .gb18030), isMostlyText(text) {
      return (text, .gb18030, false, true)
    }
    throw .binaryOrUnknownEncoding
  }

  /// The encodings a byte order mark announces, with their marks: made once, where a list and
  /// three marks made for every file were four of its allocations.
  private static let markedEncodings = [TextEncoding.utf8, .utf16LE, .utf16BE].map { ($0, $0.byteOrderMark) }

  /// `bytes.contains(0)` with the C library's vectorized `memchr`: every file is checked whole.
  static func containsNUL(_ bytes: [UInt8]) -> Bool {
    bytes.withUnsafeBytes { raw in
      guard let base = raw.baseAddress else { return false }
      return memchr(base, 0, raw.count) != nil
    }
  }

  /// GB18030 decodes almost any byte string, so binary data must be told apart by what it turns
  /// into: text has few control characters.
  static func isMostlyText(_ utf8: [UInt8]) -> Bool {
    let controls = utf8.lazy.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }.count
    return controls * 100 <= utf8.count
  }

  static func reason(_ error: Error) -> String {
    let nsError = error as NSError
    if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
      underlying.domain == NSPOSIXErrorDomain, let code = POSIXErrorCode(rawValue: Int32(underlying.code))
    {
      return String(cString: strerror(code.rawValue))
    }
    if nsError.domain == NSCocoaErrorDomain && nsError.code == NSFileReadNoSuchFileError {
      return "no such file"
    }
    return nsError.localizedDescription
  }
}
