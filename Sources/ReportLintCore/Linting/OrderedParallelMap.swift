import Dispatch
import Foundation

/// Runs a transform over items on several threads and hands the results over in item order while
/// the work goes on. At most `window` items are in flight (claimed but not yet handed over), so
/// memory holds one window of results however many items there are. Threads take the next item
/// from a shared counter, so one slow item does not hold up a fixed share of others.
///
/// The calling thread is one of the `jobs` threads: while the next result in order is not ready
/// it transforms items itself, and sleeps only when there is nothing left to take. Handing over a
/// result therefore costs no thread switch in the common case (a waiting consumer thread cost one
/// switch a file: 11,000 on the 40 MB benchmark, more time than the hand-over saved).
///
/// Inlinable, so a caller in another module (the command's streaming lint, whose results are a
/// tuple) gets it specialized for its types: run generically, every file paid about 2,600
/// instructions in metadata look-ups and value witnesses (taking, copying and destroying the
/// optional tuple in a slot, subscripting the items); 10 MB, one core: 3.2 million of 450.
@usableFromInline
enum OrderedParallelMap {
  /// - Parameters:
  ///   - jobs: at most this many threads, the caller's included (default: the cores the process may
  ///     run on).
  ///   - window: at most this many results held at once.
  ///   - each: called on the calling thread, in item order, as soon as the next result is ready.
  @inlinable
  static func run<Item, Output>(
    _ items: [Item], jobs: Int? = nil, window: Int = 64, transform: (Item) -> Output,
    each: (Output) -> Void
  ) {
    guard !items.isEmpty else { return }
    let threads = threadCount(jobs: jobs, items: items.count)
    let state = OrderedWindow<Output>(window: max(1, window), count: items.count)
    withoutActuallyEscaping(transform) { transform in
      let group = DispatchGroup()
      for _ in 1..<threads {
        DispatchQueue.global().async(group: group) {
          while let index = state.claim(waiting: true) { state.deliver(transform(items[index]), at: index) }
        }
      }
      for index in items.indices {
        while true {
          if let output = state.take(index, waiting: false) {
            each(output)
            break
          }
          if let claimed = state.claim(waiting: false) {
            state.deliver(transform(items[claimed]), at: claimed)
          } else {
            each(state.take(index, waiting: true)!)
            break
          }
        }
      }
      group.wait()
    }
  }

  /// The threads for `items` items: out of `run`'s inlinable body, which cannot name the
  /// internal `AvailableCores`.
  @usableFromInline
  static func threadCount(jobs: Int?, items: Int) -> Int {
    max(1, min(jobs ?? AvailableCores.count, items))
  }
}
