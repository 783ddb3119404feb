#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import CPCRE2

/// The PCRE2 blocks a search writes into, kept by each thread from search to search: match data
/// (the ovector), grown to the most groups any pattern searched on the thread asked for, and a
/// match context for searches whose starts are bounded, whose limits each such search sets.
///
/// Measured (10 MB corpus, one core): match data made and freed for every search was 31,734
/// pairs of calls, about 11 of 990 million instructions; a context copied for every bounded
/// search of a document, 9,699 more copies and frees. PCRE2 match data and a context being
/// written belong to one thread at a time, so each thread keeps its own.
///
/// A search takes its thread's scratch and gives it back when done; a search started from
/// another's callback finds it in use and makes its own, so nested searches never share one.
/// The thread's scratch is found through a C thread-local pointer (`cpcre2_thread_scratch`) and
/// owned by a thread-specific key, set once a thread, which releases it when the thread ends.
final class MatchScratch {
  /// A `pcre2_match_data` block with room for `pairs` offset pairs.
  private(set) var data: OpaquePointer
  private var pairs: Int
  /// Made on the first bounded search.
  private var boundedContext: OpaquePointer?
  /// Taken by a search of this thread, not yet given back.
  private var inUse = false

  private init(pairs: Int) {
    data = Self.makeData(pairs: pairs)
    self.pairs = pairs
  }

  deinit {
    pcre2_match_data_free_8(data)
    if let boundedContext { pcre2_match_context_free_8(boundedContext) }
  }

  /// The calling thread's scratch, taken from it until `giveBack()`, with room for `pairs`
  /// offset pairs; a new one when the thread has none free.
  static func take(pairs: Int) -> MatchScratch {
    let slot = cpcre2_thread_scratch()!
    guard let raw = slot.pointee else {
      // The thread's first search: its scratch, owned by the key from now on.
      let scratch = MatchScratch(pairs: pairs)
      let owned = Unmanaged.passRetained(scratch).toOpaque()
      pthread_setspecific(threadKey, owned)
      slot.pointee = owned
      scratch.inUse = true
      return scratch
    }
    let scratch = Unmanaged<MatchScratch>.fromOpaque(raw).takeUnretainedValue()
    guard !scratch.inUse else { return MatchScratch(pairs: pairs) }  // a nested search
    scratch.inUse = true
    if scratch.pairs < pairs {
      pcre2_match_data_free_8(scratch.data)
      scratch.data = makeData(pairs: pairs)
      scratch.pairs = pairs
    }
    return scratch
  }

  /// Marks this scratch free for the thread's next search (a nested search's own is let go).
  func giveBack() {
    inUse = false
  }

  /// A context with `limits` under which no match starts after `lastStart`, for a pattern
  /// compiled with `PCRE2_USE_OFFSET_LIMIT`.
  func context(limits: MatchLimits, lastStart: Int) -> OpaquePointer {
    let context: OpaquePointer
    if let boundedContext {
      context = boundedContext
    } else {
      guard let made = pcre2_match_context_create_8(nil) else {
        fatalError("PCRE2 could not allocate a match context (out of memory)")
      }
      boundedContext = made
      context = made
    }
    pcre2_set_match_limit_8(context, limits.matchLimit)
    pcre2_set_depth_limit_8(context, limits.depthLimit)
    pcre2_set_offset_limit_8(context, lastStart)
    return context
  }

  /// Reads the first `count` groups of the last match from the ovector; PCRE2_UNSET marks a
  /// group that did not take part.
  func groups(count: Int) -> [Range<Int>?] {
    let vector = pcre2_get_ovector_pointer_8(data)!
    let unset = cpcre2_unset()
    return (0..<count).map { index in
      let start = vector[2 * index]
      let end = vector[2 * index + 1]
      return start == unset ? nil : Int(start)..<Int(end)
    }
  }

  private static func makeData(pairs: Int) -> OpaquePointer {
    guard let data = pcre2_match_data_create_8(UInt32(pairs), nil) else {
      fatalError("PCRE2 could not allocate match data (out of memory)")
    }
    return data
  }

  /// Each thread's scratch (in use or not: `inUse` says), retained; released when the thread
  /// ends, when the thread-local pointer to it is cleared too, so nothing run later in the
  /// thread's teardown finds freed memory there.
  private static let threadKey: pthread_key_t = {
    var key = pthread_key_t()
    let status = pthread_key_create(&key) { raw in
      // Optional on Linux, not on Darwin.
      let pointer: UnsafeMutableRawPointer? = raw
      if let pointer {
        cpcre2_thread_scratch()!.pointee = nil
        Unmanaged<MatchScratch>.fromOpaque(pointer).release()
      }
    }
    precondition(status == 0, "no thread-specific key for PCRE2 match data (\(status))")
    return key
  }()
}
