import Synchronization

/// The message and fix of each joined run of wrong forms a substitution rule has made, by the
/// run's wrong forms (their indices), kept across documents: a run's match is its wrong forms
/// written together and its replacement their right forms, so both are fixed by the forms. The
/// 10 MB corpus has 4,388 runs of full-width digits (“１９５５”) but 426 different ones; rendering
/// each run's message and joining its replacement took 3,500 instructions.
final class JoinedRunMessages: Sendable {
  /// Runs kept at most: a bound on the memory a run over many numbers may take.
  static let limit = 4_096
  private let rendered = Mutex<[[Int]: (message: String, replacement: String)]>([:])

  /// The message and replacement of the run of `forms`: kept ones, else `render`'s.
  func of(_ forms: [Int], render: () -> (message: String, replacement: String)) -> (message: String, replacement: String) {
    if let known = rendered.withLock({ $0[forms] }) { return known }
    let made = render()
    rendered.withLock { kept in
      if kept.count < Self.limit { kept[forms] = made }
    }
    return made
  }
}
