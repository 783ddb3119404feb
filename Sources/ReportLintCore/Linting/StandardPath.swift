#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import Foundation

/// `URL(fileURLWithPath: path).standardizedFileURL.path` — the absolute path with `.`, `..` and
/// repeated slashes resolved — which configuration lookup and glob matching compare. Foundation
/// checks the file system and builds URLs for it; a path that is already plain (no empty, `.` or
/// `..` component, no trailing slash, nothing Foundation rewrites) standardizes to itself, or
/// to the current folder joined with it, so only the others go to Foundation.
enum StandardPath {
  static func of(_ path: String) -> String {
    if isPlain(path) {
      if path.utf8.first == UInt8(ascii: "/") { return path }
      if let current = currentDirectory(), isPlain(current), current.utf8.first == UInt8(ascii: "/") {
        let joined = current == "/" ? "/" + path : current + "/" + path
        if isPlain(joined) { return joined }
      }
    }
    return URL(fileURLWithPath: path).standardizedFileURL.path
  }

  /// No component that standardizing changes, and no prefix it strips (`/private`, automount
  /// folders) or characters a URL would have to escape.
  static func isPlain(_ path: String) -> Bool {
    guard path != "/", path.utf8.last != UInt8(ascii: "/"), !path.isEmpty else { return false }
    if path.hasPrefix("/private/") || path.hasPrefix("/var/automount/") { return false }
    var componentLength = 0
    var dots = 0
    // "." and ".." are all dots and at most two; "..." is a name.
    var isDotComponent: Bool { componentLength == dots && dots <= 2 }
    for (index, byte) in path.utf8.enumerated() {
      switch byte {
      case UInt8(ascii: "/"):
        if index > 0 && (componentLength == 0 || isDotComponent) { return false }  // "//", "/./", "/../"
        componentLength = 0
        dots = 0
        continue
      case UInt8(ascii: "%"), UInt8(ascii: "~"), UInt8(ascii: "\\"), UInt8(ascii: "?"), UInt8(ascii: "#"),
        UInt8(ascii: ";"):
        return false
      case UInt8(ascii: "."):
        dots += 1
      default:
        break
      }
      componentLength += 1
    }
    return !isDotComponent
  }

  private static func currentDirectory() -> String? {
    withUnsafeTemporaryAllocation(of: CChar.self, capacity: Int(PATH_MAX) + 1) { buffer in
      getcwd(buffer.baseAddress, buffer.count).map { String(cString: $0) }
    }
  }
}
