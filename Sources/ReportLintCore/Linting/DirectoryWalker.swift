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
    /// The file's path as the collector names it: the root, a slash unless it ends in one, then
    /// the folder and a slash (unless the folder is the root), then the file's name.
    var path: String
  }

  /// The regular files under `root`, in no particular order.
  static func regularFiles(under root: String) -> [Entry] {
    var info = stat()
    guard lstat(root, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return [] }
    var entries: [Entry] = []
    walk(root, folder: "", prefix: Array((root.hasSuffix("/") ? root : root + "/").utf8), device: info.st_dev, into: &entries)
    return entries
  }

  /// `prefix`: the bytes of the folder's files' paths before their names. Each file's path is
  /// made from them and the entry's name in one string: a string of the name, then one of the
  /// root and the name joined, were two allocations and 1,000 instructions a file.
  private static func walk(
    _ path: String, folder: String, prefix: [UInt8], device: dev_t, into entries: inout [Entry]
  ) {
    guard let stream = opendir(path) else { return }
    var subfolders: [String] = []
    while let entry = readdir(stream) {
      // A subfolder's name, or a file's path; neither for anything else (hidden entries too).
      let found = withUnsafeBytes(of: entry.pointee.d_name) { raw -> (name: String?, path: String?) in
        let name = UnsafeRawBufferPointer(rebasing: raw[..<strlen(raw.baseAddress!.assumingMemoryBound(to: CChar.self))])
        // A leading dot, told from the byte; a string is made only if a combining mark might
        // follow it (hasPrefix compares characters, and ".\u{301}" does not begin with ".").
        if name.first == UInt8(ascii: ".") {
          let text = String(decoding: name, as: UTF8.self)
          if text.hasPrefix(".") { return (nil, nil) }  // also "." and ".."
        }
        switch type(of: entry.pointee, in: path, name: { String(decoding: name, as: UTF8.self) }) {
        case UInt8(DT_REG):
          let file = String(unsafeUninitializedCapacity: prefix.count + name.count) { buffer in
            let end = buffer.initialize(fromContentsOf: prefix)
            return buffer[end...].initialize(fromContentsOf: name)
          }
          return (nil, file)
        case UInt8(DT_DIR): return (String(decoding: name, as: UTF8.self), nil)
        default: return (nil, nil)
        }
      }
      if let file = found.path { entries.append(Entry(folder: folder, path: file)) }
      if let name = found.name { subfolders.append(name) }
    }
    closedir(stream)
    for name in subfolders {
      let subpath = path + "/" + name
      // Like `fts` with FTS_XDEV: a folder on another file system (a mount point) is not entered.
      var info = stat()
      guard lstat(subpath, &info) == 0, info.st_dev == device else { continue }
      walk(
        subpath, folder: folder.isEmpty ? name : folder + "/" + name, prefix: prefix + Array(name.utf8) + [UInt8(ascii: "/")],
        device: device, into: &entries)
    }
  }

  /// The entry's `d_type`, asking `lstat` only where the file system does not fill it in. The
  /// entry's path is put together only then: built for every entry, it was a concatenation and an
  /// allocation a file.
  private static func type(of entry: dirent, in directory: String, name: () -> String) -> UInt8 {
    if entry.d_type != UInt8(DT_UNKNOWN) { return entry.d_type }
    var info = stat()
    guard lstat(directory + "/" + name(), &info) == 0 else { return UInt8(DT_UNKNOWN) }
    switch info.st_mode & S_IFMT {
    case S_IFREG: return UInt8(DT_REG)
    case S_IFDIR: return UInt8(DT_DIR)
    default: return UInt8(DT_UNKNOWN)
    }
  }
}
