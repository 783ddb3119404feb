/// The folder and the extension of a path, read off its text as `NSString`'s
/// `deletingLastPathComponent` and `pathExtension` read them, for the paths a run handles. Every
/// file of a run asks for both, and Foundation's versions first rewrite the whole path
/// (`_stringByFixingSlashes`): 24,000 instructions a file, a tenth of linting 5,000 small files.
/// The folder may keep a doubled slash Foundation would have dropped; configuration lookup
/// standardizes paths (`StandardPath`), so both name the same folder.
enum PathText {
  /// The path without its last component: "a/b/c.txt" → "a/b", "/c.txt" → "/", "c.txt" → "".
  static func parent(of path: String) -> String {
    // Read in place (a native string's bytes), where copying them into an array first was an
    // allocation for every file.
    var path = path
    return path.withUTF8 { bytes in
      var end = bytes.count
      while end > 1 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }  // "a/b/" names a/b
      guard let slash = bytes[..<end].lastIndex(of: UInt8(ascii: "/")) else { return "" }
      var parentEnd = slash
      while parentEnd > 0 && bytes[parentEnd - 1] == UInt8(ascii: "/") { parentEnd -= 1 }
      return parentEnd == 0 ? "/" : String(decoding: UnsafeBufferPointer(rebasing: bytes[..<parentEnd]), as: UTF8.self)
    }
  }

  /// The text after the last dot of the last component; "" when there is none, or when the dot
  /// begins the name (".hidden").
  static func pathExtension(of path: String) -> String {
    // Read in place, as `parent(of:)` is (copying the bytes into an array allocated a file).
    var path = path
    return path.withUTF8 { bytes in
      var end = bytes.count
      while end > 0 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }
      let nameStart = (bytes[..<end].lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
      guard let dot = bytes[nameStart..<end].lastIndex(of: UInt8(ascii: ".")), dot > nameStart else { return "" }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[(dot + 1)..<end]), as: UTF8.self)
    }
  }
}
