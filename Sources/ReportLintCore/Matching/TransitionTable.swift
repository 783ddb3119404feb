/// A literal automaton's transition table: a row of entries a state, one per column
/// (`TransitionColumns`), each the next state's row. The rows of states that end a pattern start
/// at a power of two above the number of states, so an entry says in one bit whether to report
/// and still indexes its row as it is. The table is allocated up to the last row that could be
/// needed but written only where rows are used: the rows between are never touched, so they take
/// address space, not memory.
final class TransitionTable<Entry: FixedWidthInteger & UnsignedInteger>: @unchecked Sendable {
  /// Written only while the automaton is built.
  let entries: UnsafeMutablePointer<Entry>

  init(entries count: Int) {
    entries = .allocate(capacity: count)
  }

  deinit {
    entries.deallocate()
  }
}
