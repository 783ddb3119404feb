import Synchronization

/// A rule's rendered messages (with the replacement that goes with them, for a rule whose
/// replacement the key fixes too; else empty) kept across documents by what fixes them
/// (`RenderingKey`), so each is rendered once: rendering a message makes a new string for every
/// finding, and most findings repeat one already made. Bounded (`limit`): a run over much text
/// keeps no more than that.
final class KeptRenderings: Sendable {
  /// Renderings kept at most.
  static let limit = 4_096
  private let kept = Mutex<[RenderingKey: (message: String, replacement: String)]>([:])
  /// Room taken at the first rendering kept, for a rule that keeps many.
  private let expected: Int

  init(expecting expected: Int = 0) {
    self.expected = expected
  }

  /// The rendering kept for `key`.
  func known(_ key: RenderingKey) -> (message: String, replacement: String)? {
    kept.withLock { $0[key] }
  }

  /// Keeps `rendering` for `key`, while there is room.
  func keep(_ rendering: (message: String, replacement: String), for key: RenderingKey) {
    kept.withLock { kept in
      if kept.isEmpty && expected > 0 { kept.reserveCapacity(expected) }
      if kept.count < Self.limit { kept[key] = rendering }
    }
  }
}
