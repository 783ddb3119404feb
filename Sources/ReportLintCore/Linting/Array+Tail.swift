/// Work on the elements from an index on, the part of a list one rule appended
/// (`Rule.check(_:context:into:)`), leaving those before it alone (a tail is sorted by
/// `sortMovingOnce(from:by:)`). Elements are moved (through a buffer pointer, whose swaps move),
/// not copied: a copy retains every reference an element holds.
extension Array {
  /// Removes the elements from `start` on that `shouldRemove` picks, keeping the order of the rest.
  mutating func removeAll(from start: Int, where shouldRemove: (Element) throws -> Bool) rethrows {
    var kept = start
    try withUnsafeMutableBufferPointer { elements in
      for index in start..<elements.count where try !shouldRemove(elements[index]) {
        if kept != index { elements.swapAt(kept, index) }
        kept += 1
      }
    }
    removeLast(count - kept)
  }
}
