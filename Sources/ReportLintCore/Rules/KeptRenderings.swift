import Synchronization

/// A rule's rendered messages (with the replacement that goes with them) kept across documents
/// by what fixes them (`RenderingKey`), so each is rendered once: a finding's message is
/// rendered piece by piece into a new string, 1,500 to 3,500 instructions, and most findings
/// repeat one already made. The 10 MB corpus has 4,388 runs of full-width digits (“１９５５”) but
/// 426 different ones. Bounded (`limit`): a run over much text keeps no more than that.
final class KeptRenderings: Sendable {
  /// Renderings kept at most.
  static let limit = 4_096
  private let kept = Mutex<[RenderingKey: (message: String, replacement: String)]>([:])

  /// The rendering kept for `key`.
  func known(_ key: RenderingKey) -> (message: String, replacement: String)? {
    kept.withLock { $0[key] }
  }

  /// Keeps `rendering` for `key`, while there is room.
  func keep(_ rendering: (message: String, replacement: String), for key: RenderingKey) {
    kept.withLock { kept in
      // Room for a few hundred at the first: grown from one, the table was rehashed nine times
      // on the way to the 10 MB corpus's 426 joined runs (1.1 million instructions).
      if kept.isEmpty { kept.reserveCapacity(512) }
      if kept.count < Self.limit { kept[key] = rendering }
    }
  }
}
