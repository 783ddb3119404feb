import Foundation

/// A value made on first use and kept, safely from any thread (the first caller makes it while
/// the others wait). Rules hold data they may never need this way: the redaction lexicon costs a
/// third of a second that a draft lint should not pay, and must not be looked up again for every
/// document once made.
final class Once<Value>: @unchecked Sendable {
  /// Guarded by `lock` (`@unchecked Sendable` rests on it).
  private var value: Value?
  private let lock = NSLock()
  private let make: () throws -> Value

  init(_ make: @escaping () throws -> Value) {
    self.make = make
  }

  func get() throws -> Value {
    lock.lock()
    defer { lock.unlock() }
    if let value { return value }
    let made = try make()
    value = made
    return made
  }
}
