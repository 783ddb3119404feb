/// One rule's literal hits from the shared scan: a window on the scan's one flat array, indexed
/// from 0 like an array. The scan used to build an array per rule per document, growing each
/// as hits came; the windows cost nothing to make.
public struct LiteralHitList: RandomAccessCollection, Sendable {
  private let storage: [LiteralMatcher.Hit]
  private let base: Int
  public let endIndex: Int

  public var startIndex: Int { 0 }

  /// All of `hits`.
  public init(_ hits: [LiteralMatcher.Hit]) {
    self.init(storage: hits, range: hits.indices)
  }

  init(storage: [LiteralMatcher.Hit], range: Range<Int>) {
    self.storage = storage
    base = range.lowerBound
    endIndex = range.count
  }

  public subscript(position: Int) -> LiteralMatcher.Hit { storage[base + position] }
}
