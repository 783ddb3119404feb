import Dispatch
import Foundation

/// Runs a transform over items on several threads and hands the results over in item order, one
/// batch at a time: memory holds one batch of results however many items there are. Workers take
/// the next item from a shared counter, so one slow item does not hold up a fixed share of others.
enum OrderedParallelMap {
  /// - Parameters:
  ///   - jobs: at most this many threads (default: all cores).
  ///   - each: called on the calling thread, in item order.
  static func run<Item, Output>(
    _ items: [Item], jobs: Int? = nil, batchSize: Int = 64, transform: (Item) -> Output,
    each: (Output) -> Void
  ) {
    var start = 0
    while start < items.count {
      let batch = items[start..<min(items.count, start + batchSize)]
      let slots = UnsafeMutableBufferPointer<Output?>.allocate(capacity: batch.count)
      slots.initialize(repeating: nil)
      let workers = max(1, min(jobs ?? ProcessInfo.processInfo.activeProcessorCount, batch.count))
      let counter = NSLock()
      var next = 0
      // Each slot is written by exactly one worker, so the buffer needs no lock.
      DispatchQueue.concurrentPerform(iterations: workers) { _ in
        while true {
          counter.lock()
          let index = next
          next += 1
          counter.unlock()
          guard index < batch.count else { return }
          slots[index] = transform(batch[batch.startIndex + index])
        }
      }
      for output in slots { each(output!) }
      _ = slots.deinitialize()
      slots.deallocate()
      start += batchSize
    }
  }
}
