extension Array {
  /// Sorts the elements from `start` on stably, as `sort(by:)` does, leaving those before it
  /// alone, by sorting the elements' indices and then moving each element once, straight to its
  /// place (following the permutation's cycles): the sort itself moves an element at each of its
  /// steps, which for large elements costs more than the indices' sort.
  mutating func sortMovingOnce(from start: Int = 0, by areInIncreasingOrder: (Element, Element) -> Bool) {
    let count = count - start
    guard count > 1 else { return }
    withUnsafeMutableBufferPointer { all in
      let elements = UnsafeMutableBufferPointer(rebasing: all[start...])
      withUnsafeTemporaryAllocation(of: Int.self, capacity: count) { order in
        var order = order
        for index in 0..<count { order.initializeElement(at: index, to: index) }
        order.sort { areInIncreasingOrder(elements[$0], elements[$1]) }
        // The element at `order[place]` goes to `place`; a place done is marked as its own.
        let base = elements.baseAddress!
        for start in 0..<count where order[start] != start {
          let held = (base + start).move()
          var place = start
          while order[place] != start {
            let from = order[place]
            (base + place).moveInitialize(from: base + from, count: 1)
            order[place] = place
            place = from
          }
          (base + place).initialize(to: held)
          order[place] = place
        }
      }
    }
  }
}
