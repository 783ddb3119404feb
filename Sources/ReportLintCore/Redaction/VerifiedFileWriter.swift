import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes a new file (`redact -o OUT`, `--map`) through a temporary file in the same folder and a
/// rename, after reading the temporary file back and letting the caller verify it: `reportlint
/// redact` never leaves a file that leaks, and never a half-written one.
///
/// `AtomicWriter` replaces a file that was read (it checks the file did not change since); this is
/// for a file redact did not read, and shares its byte writing.
public enum VerifiedFileWriter {
  public struct WriteError: Error, CustomStringConvertible {
    public let description: String
    public init(description: String) { self.description = description }
  }

  /// Writes `bytes` to `path` with permissions `mode` when `verify` accepts what was written.
  /// Throws, leaving `path` untouched and no temporary file, when writing fails or `verify` throws.
  public static func write(_ bytes: [UInt8], to path: String, mode: mode_t, verify: ([UInt8]) throws -> Void) throws {
    let url = URL(fileURLWithPath: path)
    let folder = url.deletingLastPathComponent().path
    var template = Array("\(folder)/.\(url.lastPathComponent)\(AtomicWriter.temporaryMarker)XXXXXX".utf8CString)
    let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
    guard descriptor >= 0 else {
      throw WriteError(description: "\(path): cannot create a temporary file in \(folder): \(String(cString: strerror(errno)))")
    }
    let temporary = String(cString: template)
    var done = false
    defer {
      if !done { unlink(temporary) }
    }
    fchmod(descriptor, mode)
    do {
      try AtomicWriter.writeAll(bytes, to: descriptor)
    } catch {
      close(descriptor)
      throw WriteError(description: "\(path): \(error)")
    }
    let synced = fsync(descriptor) == 0
    close(descriptor)
    guard synced else {
      throw WriteError(description: "\(path): cannot write: \(String(cString: strerror(errno)))")
    }
    guard let readBack = FileManager.default.contents(atPath: temporary) else {
      throw WriteError(description: "\(path): cannot read back what was written")
    }
    try verify([UInt8](readBack))
    guard rename(temporary, path) == 0 else {
      throw WriteError(description: "\(path): cannot replace the file: \(String(cString: strerror(errno)))")
    }
    done = true
  }
}
