import Foundation

/// Swift compares strings by canonical equivalence, not scalar by scalar: "\u{F90A}" (a CJK
/// compatibility ideograph) == "金", "e\u{301}" == "é". The redaction word lists are looked up as
/// if with a String made from the text, so they match that way. `WordTable` compares scalars
/// instead, which gives the same answer for text of *plain* scalars — each its own canonical
/// decomposition, combining with nothing — against a word's canonical decomposition (NFD).
///
/// Nearly every character of a report is plain and known to be by its block; only the others ask
/// Foundation (CanonicalFormTests checks the blocks against it).
enum CanonicalForm {
  static func isPlain(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    // ASCII and Latin-1 punctuation; general punctuation (“”—…) and currency; enclosed
    // alphanumerics (①), box drawing, shapes and symbols (■★); CJK punctuation (、。《》) without
    // the tone marks; enclosed CJK, CJK compatibility squares, CJK ideographs; vertical and
    // full-width forms (，：（）０-９).
    case 0..<0xC0, 0x2002..<0x20D0, 0x2460..<0x2700, 0x3000..<0x302A, 0x3030..<0x3040, 0x3200..<0xA000,
      0xFE30..<0xFE50, 0xFF00..<0xFFF0:
      return true
    default:
      return isOwnDecomposition(scalar)
    }
  }

  /// Whether `scalar` decomposes to itself and has combining class 0, by Foundation's tables.
  static func isOwnDecomposition(_ scalar: Unicode.Scalar) -> Bool {
    scalar.properties.canonicalCombiningClass == .notReordered
      && String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.elementsEqual(CollectionOfOne(scalar))
  }

  /// The scalars of `word`'s canonical decomposition: what plain text equal to it holds.
  static func decomposed(_ word: String) -> [Unicode.Scalar] {
    let scalars = Array(word.unicodeScalars)
    // A plain word is its own decomposition, and nearly every word is plain.
    if scalars.allSatisfy(isPlain) { return scalars }
    return Array(word.decomposedStringWithCanonicalMapping.unicodeScalars)
  }
}
