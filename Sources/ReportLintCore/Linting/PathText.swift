#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

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
      switch parentEnd(bytes) {
      case nil: ""
      case 0: "/"
      case let end?: String(decoding: UnsafeBufferPointer(rebasing: bytes[..<end]), as: UTF8.self)
      }
    }
  }

  /// Whether `parent(of: path)`, or "." where that is empty, is `folder` byte for byte, told
  /// without making it (an allocation a file). False also where the two differ in bytes only
  /// (canonically equivalent forms): the caller then compares them as strings.
  static func folder(of path: String, isBytewise folder: String) -> Bool {
    var path = path
    var folder = folder
    return path.withUTF8 { bytes in
      folder.withUTF8 { folder in
        switch parentEnd(bytes) {
        case nil: folder.count == 1 && folder[0] == UInt8(ascii: ".")
        case 0: folder.count == 1 && folder[0] == UInt8(ascii: "/")
        case let end?: folder.count == end && memcmp(folder.baseAddress!, bytes.baseAddress!, end) == 0
        }
      }
    }
  }

  /// Where the parent ends in `bytes`: nil when the path has no slash, 0 for the root.
  private static func parentEnd(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var end = bytes.count
    while end > 1 && bytes[end - 1] == UInt8(ascii: "/") { end -= 1 }  // "a/b/" names a/b
    guard let slash = bytes[..<end].lastIndex(of: UInt8(ascii: "/")) else { return nil }
    var parentEnd = slash
    while parentEnd > 0 && bytes[parentEnd - 1] == UInt8(ascii: "/") { parentEnd -= 1 }
    return parentEnd
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
