import Foundation

/// Parsed data lists, shared by every rule and document: a 35 000-line division list is parsed once
/// per process, not once per rule that reads it.
///
/// Keyed by the file's path and a hash of its contents, so two `--rules` folders with different
/// lists under the same name never share an entry.
final class DataFileCache: @unchecked Sendable {
  static let shared = DataFileCache()

  /// Guarded by `lock` (`@unchecked Sendable` rests on it). A list searched in turn, not a
  /// dictionary: a run keeps a few lists, and making the dictionary's type for this key type
  /// searched the process's conformance records, 0.4 of the 59 million instructions a start took.
  private var entries: [(key: Key, value: Any)] = []
  private let lock = NSLock()

  /// The type asked for, by identity: `String(describing:)` of it went through `Mirror` and
  /// dynamic casts, 450,000 instructions each of the seven times the sections rules asked.
  private struct Key: Equatable {
    let type: ObjectIdentifier
    let path: String
    let byteCount: Int
    let contentHash: Int
  }

  /// The cached value for `file`, or the result of `parse`, stored for next time. The lock is held
  /// while parsing, so two threads never parse the same list twice.
  func value<T>(for file: (path: String, contents: String), as type: T.Type, parse: () throws -> T) rethrows -> T {
    // The bytes are hashed, not the String: String hashing normalises to NFC first, ten times
    // slower on a 1.3 MB list.
    var hasher = Hasher()
    var contents = file.contents
    contents.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    let key = Key(
      type: ObjectIdentifier(T.self), path: file.path, byteCount: file.contents.utf8.count, contentHash: hasher.finalize())
    lock.lock()
    defer { lock.unlock() }
    // The key holds the type, so an entry found is a `T`.
    if let entry = entries.first(where: { $0.key == key }) { return entry.value as! T }
    let value = try parse()
    entries.append((key, value))
    return value
  }
}
