extension Array {
  /// Sorts stably, as `sort(by:)` does, by sorting the elements' indices and then moving each
  /// element once, straight to its place (following the permutation's cycles): the sort itself
  /// moves an element at each of its steps, and a finding is 88 bytes.
  mutating func sortMovingOnce(by areInIncreasingOrder: (Element, Element) -> Bool) {
    let count = count
    guard count > 1 else { return }
    withUnsafeMutableBufferPointer { elements in
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
