import Foundation

/// Holds a document's structure once it is built. Rules of one file run one after another on one
/// thread, but a `Document` is `Sendable`, so the first build is guarded by a lock rather than
/// left to a `lazy` property, which would race if two threads ever shared a document.
final class StructureCache: @unchecked Sendable {
  private let lock = NSLock()
  private var structure: DocumentStructure?

  func structure(of document: Document) -> DocumentStructure {
    lock.lock()
    defer { lock.unlock() }
    if let structure { return structure }
    let built = DocumentStructure(document: document)
    structure = built
    return built
  }
}
