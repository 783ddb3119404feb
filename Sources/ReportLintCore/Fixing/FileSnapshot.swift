#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A file's bytes and identity as they were when read, so a later write can tell whether
/// someone else changed the file in between (an editor saving, another `fix` run).
public struct FileSnapshot: Sendable, Equatable {
  /// The path as given.
  public let path: String
  /// Where the bytes really live: a symbolic link is followed, so writing replaces the target
  /// and the link stays a link.
  public let resolvedPath: String
  public let bytes: [UInt8]
  let identity: Identity

  /// What `stat` says of the file; equal identities and equal bytes mean an unchanged file.
  struct Identity: Sendable, Equatable {
    var device: UInt64
    var inode: UInt64
    var size: Int64
    var modifiedSeconds: Int64
    var modifiedNanoseconds: Int64
    var mode: UInt32
    var owner: UInt32
    var group: UInt32

    init(_ info: stat) {
      device = UInt64(info.st_dev)
      inode = UInt64(info.st_ino)
      size = Int64(info.st_size)
      #if canImport(Darwin)
        modifiedSeconds = Int64(info.st_mtimespec.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtimespec.tv_nsec)
      #else
        modifiedSeconds = Int64(info.st_mtim.tv_sec)
        modifiedNanoseconds = Int64(info.st_mtim.tv_nsec)
      #endif
      mode = UInt32(info.st_mode)
      owner = UInt32(info.st_uid)
      group = UInt32(info.st_gid)
    }
  }

  /// Reads the file through one descriptor, so the identity is that of the bytes read.
  public static func capture(path: String) throws(LoadError) -> FileSnapshot {
    guard let resolved = realpath(path, nil) else { throw .unreadable(Self.reason(errno)) }
    let resolvedPath = String(cString: resolved)
    free(resolved)
    let descriptor = open(resolvedPath, O_RDONLY)
    guard descriptor >= 0 else { throw .unreadable(Self.reason(errno)) }
    defer { close(descriptor) }
    var info = stat()
    guard fstat(descriptor, &info) == 0 else { throw .unreadable(Self.reason(errno)) }
    guard (info.st_mode & S_IFMT) == S_IFREG else { throw .unreadable("not a regular file") }
    guard Int(info.st_size) <= SourceLoader.maximumFileSize else {
      throw .tooLarge(bytes: Int(info.st_size), limit: SourceLoader.maximumFileSize)
    }
    let bytes = try readAll(descriptor, sizeHint: Int(info.st_size))
    return FileSnapshot(path: path, resolvedPath: resolvedPath, bytes: bytes, identity: Identity(info))
  }

  /// Whether the file on disk is still the one read: same inode, size and modification time,
  /// and — because a quick second save can keep size and time — the same bytes.
  /// The snapshot's bytes decoded as `SourceLoader` decodes a file.
  public func document() throws(LoadError) -> Document {
    try SourceLoader.document(path: path, bytes: bytes)
  }

  func isCurrent() -> Bool {
    var info = stat()
    guard stat(resolvedPath, &info) == 0, Identity(info) == identity else { return false }
    let descriptor = open(resolvedPath, O_RDONLY)
    guard descriptor >= 0 else { return false }
    defer { close(descriptor) }
    return (try? Self.readAll(descriptor, sizeHint: bytes.count)) == bytes
  }

  static func readAll(_ descriptor: Int32, sizeHint: Int) throws(LoadError) -> [UInt8] {
    var bytes: [UInt8] = []
    bytes.reserveCapacity(sizeHint)
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
      if count == 0 { return bytes }
      if count < 0 {
        if errno == EINTR { continue }
        throw .unreadable(reason(errno))
      }
      bytes += buffer[0..<count]
      if bytes.count > SourceLoader.maximumFileSize {
        throw .tooLarge(bytes: bytes.count, limit: SourceLoader.maximumFileSize)
      }
    }
  }

  static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
