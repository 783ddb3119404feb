/// A half-open range of UTF-8 byte offsets into a document's text.
///
/// Every finding carries one from the match that produced it to the output; lines and columns are
/// derived from it at the very end, never by searching for the matched text again.
public typealias ByteRange = Range<Int>
