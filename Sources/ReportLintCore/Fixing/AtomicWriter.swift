#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes fixed text over a file so that, whatever happens (a full disk, a kill, a power cut
/// after the rename), the file holds either all of the old bytes or all of the new ones.
///
/// The text goes back in the file's own encoding, BOM and line ends, into a temporary file in
/// the same folder (a rename is atomic only within one file system), which is flushed to disk
/// and given the original's mode before it is renamed over the original. A kill before the
/// rename can leave the hidden temporary file behind, never a half-written original.
public enum AtomicWriter {
  /// Prefix of the temporary files, so a stray one is recognisable.
  static let temporaryMarker = ".reportlint-"

  /// Writes `document`'s text over the file `snapshot` was read from.
  public static func write(_ document: Document, over snapshot: FileSnapshot) throws(WriteError) {
    guard let bytes = document.source.encode(document.text) else {
      throw .unencodable(document.source.encoding)
    }
    try write(bytes, over: snapshot)
  }

  public static func write(_ bytes: [UInt8], over snapshot: FileSnapshot) throws(WriteError) {
    let target = snapshot.resolvedPath
    let folder = Self.folder(of: target)
    // Root may write anything, so the mode bits are checked as well as access(2): a file or
    // folder the user marked read-only stays as it is.
    if snapshot.identity.mode & 0o222 == 0 || access(target, W_OK) != 0 { throw .readOnlyFile }
    var folderInfo = stat()
    if stat(folder, &folderInfo) == 0, folderInfo.st_mode & 0o222 == 0 { throw .readOnlyFolder(folder) }
    guard snapshot.isCurrent() else { throw .changedSinceRead }

    var template = Array("\(folder)/.\(Self.name(of: target))\(temporaryMarker)XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      let code = errno
      if code == EACCES || code == EROFS || code == EPERM { throw .readOnlyFolder(folder) }
      throw .failed(operation: "create temporary file", reason: reason(code))
    }
    let temporary = String(cString: template)
    var renamed = false
    defer {
      if !renamed { unlink(temporary) }
    }
    let filled = Result { () throws(WriteError) in try fill(descriptor, with: bytes, like: snapshot) }
    close(descriptor)
    try filled.get()
    // Checked again right before the rename: the window in which another writer's save could be
    // lost is now only as long as this check.
    guard snapshot.isCurrent() else { throw .changedSinceRead }
    guard rename(temporary, target) == 0 else {
      throw .failed(operation: "rename", reason: reason(errno))
    }
    renamed = true
    // The rename itself lives in the folder: flush it so it survives a power cut.
    let folderDescriptor = open(folder, O_RDONLY)
    if folderDescriptor >= 0 {
      _ = fsync(folderDescriptor)
      close(folderDescriptor)
    }
  }

  /// Writes the bytes to the temporary file and makes it look like the original. mkstemp makes
  /// the file 0600; the fixed file keeps the original's mode and, where allowed, its owner (only
  /// root may give a file away, so a failure there is expected and harmless).
  static func fill(_ descriptor: Int32, with bytes: [UInt8], like snapshot: FileSnapshot) throws(WriteError) {
    try writeAll(bytes, to: descriptor)
    let identity = snapshot.identity
    guard fchmod(descriptor, mode_t(identity.mode & 0o7777)) == 0 else {
      throw .failed(operation: "chmod", reason: reason(errno))
    }
    _ = fchown(descriptor, uid_t(identity.owner), gid_t(identity.group))
    guard fsync(descriptor) == 0 else { throw .failed(operation: "fsync", reason: reason(errno)) }
  }

  static func writeAll(_ bytes: [UInt8], to descriptor: Int32) throws(WriteError) {
    var offset = 0
    while offset < bytes.count {
      let count = bytes.withUnsafeBytes { buffer in
        systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if count < 0 {
        if errno == EINTR { continue }
        throw .failed(operation: "write", reason: reason(errno))
      }
      offset += count
    }
  }

  static func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "." }
    return slash == path.startIndex ? "/" : String(path[..<slash])
  }

  static func name(of path: String) -> String {
    path.lastIndex(of: "/").map { String(path[path.index(after: $0)...]) } ?? path
  }

  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}

/// The C library's write(2), which the methods named `write` hide inside `AtomicWriter`.
private func systemWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
  write(descriptor, bytes, count)
}
