extension SourceEncoding {
  /// UTF-8 text back in this encoding, with the byte order mark when the file had one; `nil` when
  /// a character has no form in the encoding. Line ends are not touched: the text keeps the
  /// file's own.
  public func encode(_ utf8: [UInt8]) -> [UInt8]? {
    guard let body = Transcoder.encode(utf8, to: encoding) else { return nil }
    return hasByteOrderMark ? encoding.byteOrderMark + body : body
  }
}
