import Dispatch
import Foundation

/// Time spent in each rule over a run, for `REPORTLINT_TIMING=1` (as ESLint's `TIMING=1`): rule
/// authors see which pattern is slow. Off by default, so the hot path pays one branch.
public final class RuleTimings: @unchecked Sendable {
  /// Rule id → nanoseconds. Guarded by `lock` (what `@unchecked Sendable` rests on).
  private var totals: [String: UInt64] = [:]
  private let lock = NSLock()

  /// The run-wide instance when timing is on, else nil.
  public static let shared: RuleTimings? =
    ProcessInfo.processInfo.environment["REPORTLINT_TIMING"].map { _ in RuleTimings() }

  func add(_ ruleID: String, since start: DispatchTime) {
    let elapsed = DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds
    lock.lock()
    totals[ruleID, default: 0] += elapsed
    lock.unlock()
  }

  /// The slowest rules first, with their share of the total, as a small table.
  public func report(limit: Int = 40) -> String {
    lock.lock()
    defer { lock.unlock() }
    let total = max(1, totals.values.reduce(0, +))
    let rows = totals.sorted { $0.value > $1.value }.prefix(limit).map { id, nanoseconds in
      String(format: "%10.1f ms %5.1f%%  %@", Double(nanoseconds) / 1e6, Double(nanoseconds) * 100 / Double(total), id)
    }
    return "rule timings (all threads):\n" + rows.joined(separator: "\n") + "\n"
  }
}
