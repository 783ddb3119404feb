#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Converts between UTF-8 and the other encodings with the C library's iconv.
enum Transcoder {
  /// Decodes `bytes` from `encoding` to UTF-8, or `nil` when they are not valid in it.
  static func decode(_ bytes: ArraySlice<UInt8>, from encoding: TextEncoding) -> [UInt8]? {
    if encoding == .utf8 { return isValidUTF8(bytes) ? Array(bytes) : nil }
    return convert(bytes, from: encoding.iconvName, to: "UTF-8")
  }

  /// Encodes UTF-8 text into `encoding`, or `nil` when a character has no form there.
  static func encode(_ utf8: [UInt8], to encoding: TextEncoding) -> [UInt8]? {
    if encoding == .utf8 { return utf8 }
    return convert(utf8[...], from: "UTF-8", to: encoding.iconvName)
  }

  /// Whether `bytes` are well-formed UTF-8 (see `UTF8Validator`).
  static func isValidUTF8(_ bytes: ArraySlice<UInt8>) -> Bool {
    bytes.withUnsafeBufferPointer(UTF8Validator.isValid)
  }

  /// Whether `bytes` are well-formed UTF-8, and whether they hold a four-byte character.
  static func checkUTF8(_ bytes: ArraySlice<UInt8>) -> (isValid: Bool, hasFourByteCharacters: Bool) {
    bytes.withUnsafeBufferPointer(UTF8Validator.check)
  }

  private static func convert(_ input: ArraySlice<UInt8>, from: String, to: String) -> [UInt8]? {
    let descriptor = iconv_open(to, from)
    guard let descriptor, Int(bitPattern: descriptor) != -1 else { return nil }
    defer { iconv_close(descriptor) }
    if input.isEmpty { return [] }

    var output = [UInt8](repeating: 0, count: input.count * 2 + 16)
    var produced = 0
    var source = Array(input)
    let ok: Bool = source.withUnsafeMutableBufferPointer { sourceBuffer in
      var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
        sourceBuffer.baseAddress!
      ).assumingMemoryBound(to: CChar.self)
      var inLeft = sourceBuffer.count
      while true {
        let capacity = output.count - produced
        var outLeft = capacity
        let result: Int = output.withUnsafeMutableBufferPointer { outputBuffer in
          var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
            outputBuffer.baseAddress! + produced
          ).assumingMemoryBound(to: CChar.self)
          return iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
        }
        produced += capacity - outLeft
        if result != -1 {
          // Flush any shift state (none for these encodings, but iconv asks for it).
          return inLeft == 0
        }
        if errno == E2BIG {
          output.append(contentsOf: repeatElement(0, count: output.count))
          continue
        }
        return false  // EILSEQ or EINVAL: not valid in the source encoding.
      }
    }
    return ok ? Array(output[0..<produced]) : nil
  }
}
