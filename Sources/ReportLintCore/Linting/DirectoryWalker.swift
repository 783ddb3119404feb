#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Lists the regular files under a folder straight from `readdir`, which says whether an entry is
/// a file or a folder without a `stat` per entry. It takes what FileManager's
/// `enumerator(atPath:)` (an `fts` walk that neither follows symbolic links nor leaves the
/// folder's file system) showed the collector before: hidden entries and everything inside a
/// hidden folder are skipped, symbolic links are neither files nor folders, a folder that cannot
/// be read is passed over, and a root that is itself a symbolic link lists nothing.
enum DirectoryWalker {
  struct Entry {
    /// The folder holding the file, relative to the root ("" for the root itself).
    var folder: String
    var name: String
  }

  /// The regular files under `root`, in no particular order.
  static func regularFiles(under root: String) -> [Entry] {
    var info = stat()
    guard lstat(root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return [] }
    var entries: [Entry] = []
    walk(root, folder: "", device: info.st_dev, into: &entries)
    return entries
  }

  private static func walk(_ path: String, folder: String, device: dev_t, into entries: inout [Entry]) {
    guard let stream = opendir(path) else { return }
    var subfolders: [String] = []
    while let entry = readdir(stream) {
      let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
        String(cString: raw.baseAddress!.assumingMemoryBound(to: CChar.self))
      }
      if name.hasPrefix(".") { continue }  // also "." and ".."
      switch type(of: entry.pointee, folder: path, name: name) {
      case UInt8(DT_REG): entries.append(Entry(folder: folder, name: name))
      case UInt8(DT_DIR): subfolders.append(name)
      default: break
      }
    }
    closedir(stream)
    for name in subfolders {
      let subpath = path + "/" + name
      // Like `fts` with FTS_XDEV: a folder on another file system (a mount point) is not entered.
      var info = stat()
      guard lstat(subpath, &info) == 0, info.st_dev == device else { continue }
      walk(subpath, folder: folder.isEmpty ? name : folder + "/" + name, device: device, into: &entries)
    }
  }

  /// The entry's `d_type`, asking `lstat` only where the file system does not fill it in. The
  /// entry's path is put together only then: built for every entry, it was a concatenation and an
  /// allocation a file.
  private static func type(of entry: dirent, folder: String, name: String) -> UInt8 {
    if entry.d_type != UInt8(DT_UNKNOWN) { return entry.d_type }
    var info = stat()
    guard lstat(folder + "/" + name, &info) == 0 else { return UInt8(DT_UNKNOWN) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return UInt8(DT_REG)
    case S_IFDIR: return UInt8(DT_DIR)
    default: return UInt8(DT_UNKNOWN)
    }
  }
}
