/// Reads scalars straight from valid UTF-8 bytes (a document's text), for reporters that measure
/// excerpts without making strings of them.
enum UTF8Decoding {
  /// How many bytes the scalar starting with `lead` takes.
  static func length(ofScalarStartingWith lead: UInt8) -> Int { UTF8Scalars.length(lead: lead) }

  /// The value of the scalar starting at `index`.
  static func scalar<Bytes: RandomAccessCollection<UInt8>>(in text: Bytes, at index: Int) -> UInt32
  where Bytes.Index == Int {
    let lead = UInt32(text[index])
    switch length(ofScalarStartingWith: text[index]) {
    case 1: return lead
    case 2: return (lead & 0x1F) << 6 | continuation(text, index + 1, shift: 0)
    case 3: return (lead & 0x0F) << 12 | continuation(text, index + 1, shift: 6) | continuation(text, index + 2, shift: 0)
    default:
      return (lead & 0x07) << 18 | continuation(text, index + 1, shift: 12) | continuation(text, index + 2, shift: 6)
        | continuation(text, index + 3, shift: 0)
    }
  }

  private static func continuation<Bytes: RandomAccessCollection<UInt8>>(_ text: Bytes, _ index: Int, shift: UInt32)
    -> UInt32
  where Bytes.Index == Int {
    UInt32(text[index] & 0x3F) << shift
  }

  /// `DisplayWidth.of` the text these bytes spell.
  static func displayWidth(_ utf8: ArraySlice<UInt8>) -> Int {
    var width = 0
    var index = utf8.startIndex
    while index < utf8.endIndex {
      width += DisplayWidth.of(Unicode.Scalar(scalar(in: utf8, at: index)) ?? "\u{FFFD}")
      index += length(ofScalarStartingWith: utf8[index])
    }
    return width
  }
}
