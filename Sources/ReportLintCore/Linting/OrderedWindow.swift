import Foundation

/// The results of an `OrderedParallelMap` in flight, in a ring of `window` slots, and the
/// counters its threads coordinate on. `claimed` never runs more than `window` ahead of `taken`,
/// so a slot is free again by the time a thread needs it. Every field is read and written under
/// `condition`'s lock only, hence `@unchecked Sendable`. A thread is woken only when what it
/// waits for has come: the consumer when its result is delivered, a worker when a slot frees up.
/// The lock is also why the fields skip Swift's run-time exclusivity checks: each access was a
/// call into the runtime, six a file (10 MB: 0.5 million instructions).
@usableFromInline
final class OrderedWindow<Output>: @unchecked Sendable {
  @usableFromInline let condition = NSCondition()
  @usableFromInline @exclusivity(unchecked) var slots: [Output?]
  @usableFromInline let count: Int
  @usableFromInline @exclusivity(unchecked) var claimed = 0
  @usableFromInline @exclusivity(unchecked) var taken = 0
  /// The index the consumer sleeps on, if it does.
  @usableFromInline @exclusivity(unchecked) var awaited: Int?
  /// Workers asleep until a slot frees up.
  @usableFromInline @exclusivity(unchecked) var workersWaiting = 0

  @inlinable
  init(window: Int, count: Int) {
    slots = Array(repeating: nil, count: window)
    self.count = count
  }

  /// The next item index to transform; nil when none is left, or (not `waiting`) when the window
  /// is full.
  @inlinable @inline(__always)
  func claim(waiting: Bool) -> Int? {
    condition.lock()
    defer { condition.unlock() }
    while claimed < count && claimed - taken >= slots.count {
      guard waiting else { return nil }
      workersWaiting += 1
      condition.wait()
      workersWaiting -= 1
    }
    guard claimed < count else { return nil }
    claimed += 1
    return claimed - 1
  }

  /// `output` is consumed and moved into its slot, and `take` moves it out again: copying it in
  /// and out, and destroying the copies, cost 1,400 instructions a file.
  @inlinable @inline(__always)
  func deliver(_ output: consuming Output, at index: Int) {
    condition.lock()
    slots[index % slots.count] = output
    if awaited == index { condition.broadcast() }
    condition.unlock()
  }

  /// The result for `index` (the next in order); nil when it is not ready and not `waiting`.
  @inlinable @inline(__always)
  func take(_ index: Int, waiting: Bool) -> Output? {
    condition.lock()
    defer { condition.unlock() }
    while case .none = slots[index % slots.count] {
      guard waiting else { return nil }
      awaited = index
      condition.wait()
    }
    awaited = nil
    let output = slots[index % slots.count].take()
    taken += 1
    if workersWaiting > 0 { condition.broadcast() }
    return output
  }
}
