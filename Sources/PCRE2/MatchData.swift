import CPCRE2

/// Owns a `pcre2_match_data` block: the ovector one match writes into.
///
/// Not `Sendable`: PCRE2 match data belongs to one thread at a time, so each scan makes its own.
final class MatchData {
  let pointer: OpaquePointer

  init(for code: OpaquePointer) {
    guard let data = pcre2_match_data_create_from_pattern_8(code, nil) else {
      fatalError("PCRE2 could not allocate match data (out of memory)")
    }
    pointer = data
  }

  deinit { pcre2_match_data_free_8(pointer) }

  /// Reads `count` groups from the ovector; PCRE2_UNSET marks a group that did not take part.
  func groups(count: Int) -> [Range<Int>?] {
    let vector = pcre2_get_ovector_pointer_8(pointer)!
    let unset = cpcre2_unset()
    return (0..<count).map { index in
      let start = vector[2 * index]
      let end = vector[2 * index + 1]
      return start == unset ? nil : Int(start)..<Int(end)
    }
  }
}
