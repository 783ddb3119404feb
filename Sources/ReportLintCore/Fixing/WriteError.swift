/// Why a fixed file was not written. The original file is untouched in every case.
public enum WriteError: Error, Sendable, Equatable, CustomStringConvertible {
  /// The file changed on disk after it was read: writing would lose someone else's edit.
  case changedSinceRead
  case readOnlyFile
  /// The folder refuses new files, so no temporary file can be made beside the original.
  case readOnlyFolder(String)
  /// A character of the fixed text has no form in the file's encoding.
  case unencodable(TextEncoding)
  case failed(operation: String, reason: String)

  public var description: String {
    switch self {
    case .changedSinceRead:
      return "文件在读取后已被修改，未写入修复 (the file changed on disk since it was read; not written)"
    case .readOnlyFile:
      return "文件只读，未写入修复 (the file is read-only; not written)"
    case .readOnlyFolder(let folder):
      return "无法在所在文件夹 \(folder) 创建临时文件，未写入修复 (cannot create a temporary file in the folder; not written)"
    case .unencodable(let encoding):
      return "修复后的文本无法用 \(encoding.rawValue) 编码，未写入 (the fixed text cannot be encoded in \(encoding.rawValue); not written)"
    case .failed(let operation, let reason):
      return "写入失败（\(operation)：\(reason)），原文件未改动 (write failed; the original file is untouched)"
    }
  }
}
