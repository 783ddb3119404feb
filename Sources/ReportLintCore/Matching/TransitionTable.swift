/// A literal automaton's transition table: a row of entries a state, one per column
/// (`TransitionColumns`), each the next state's row. The rows of states that end a pattern start
/// at the smallest power of two not below the number of states, so an entry says in one bit
/// whether to report and still indexes its row as it is. The table is allocated up to the last
/// row that could be needed but written only where rows are used: the rows between are never
/// touched, so they take address space, not memory (but for the rest of a huge page).
final class TransitionTable<Entry: FixedWidthInteger & UnsignedInteger>: @unchecked Sendable {
  /// Written only while the automaton is built.
  let entries: UnsafeMutablePointer<Entry>
  /// The mapping `entries` lies in, when the table has its own (`HugePages`); else nil.
  private let mapping: HugePages.Mapping?

  init(entries count: Int) {
    if let mapping = HugePages.map(bytes: count * MemoryLayout<Entry>.stride) {
      self.mapping = mapping
      entries = mapping.start.bindMemory(to: Entry.self, capacity: count)
    } else {
      mapping = nil
      entries = .allocate(capacity: count)
    }
  }

  deinit {
    if let mapping { HugePages.unmap(mapping) } else { entries.deallocate() }
  }
}
