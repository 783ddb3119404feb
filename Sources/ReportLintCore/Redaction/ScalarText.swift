/// A document's text as Unicode scalars with the UTF-8 offset of each, for detectors that look a
/// few characters to the left or right of a hit (a surname before a title, a proper name before
/// 公司). Positions go back to byte ranges through `byteRange`, never by searching the text again.
struct ScalarText: Sendable {
  /// The text itself, for scans over bytes (`PhraseMatcher`).
  let utf8: [UInt8]
  let scalars: [Unicode.Scalar]
  /// `offsets[i]` is the byte offset of scalar `i`; `offsets[count]` is the text's length.
  let offsets: [Int]
  /// The indices of the scalars that are not plain (`CanonicalForm`), in order: none in nearly
  /// every report.
  let variantPositions: [Int]

  init(_ utf8: [UInt8]) {
    var scalars: [Unicode.Scalar] = []
    var offsets: [Int] = []
    var variantPositions: [Int] = []
    // Room for the most scalars the bytes can hold, so that neither array is copied as it grows.
    scalars.reserveCapacity(utf8.count)
    offsets.reserveCapacity(utf8.count + 1)
    var offset = 0
    var decoder = UTF8()
    var iterator = utf8.makeIterator()
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
      if !CanonicalForm.isPlain(scalar) { variantPositions.append(scalars.count) }
      scalars.append(scalar)
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)
    self.utf8 = utf8
    self.scalars = scalars
    self.offsets = offsets
    self.variantPositions = variantPositions
  }

  var count: Int { scalars.count }

  func byteRange(_ range: Range<Int>) -> ByteRange { offsets[range.lowerBound]..<offsets[range.upperBound] }

  /// The scalar index at byte offset `byte` (which must start a scalar, or be the end).
  func index(ofByte byte: Int) -> Int {
    min(Self.firstIndex(in: offsets, notBelow: byte), offsets.count - 1)
  }

  /// Whether every scalar in `range` is plain, so that its String equals a word's exactly when its
  /// scalars equal the word's canonical decomposition.
  func isPlain(_ range: Range<Int>) -> Bool {
    guard !variantPositions.isEmpty else { return true }
    let next = Self.firstIndex(in: variantPositions, notBelow: range.lowerBound)
    return next == variantPositions.count || variantPositions[next] >= range.upperBound
  }

  /// The first index of `sorted` whose value is `value` or more (`sorted.count` when none is).
  static func firstIndex(in sorted: [Int], notBelow value: Int) -> Int {
    var low = 0
    var high = sorted.count
    while low < high {
      let middle = (low + high) / 2
      if sorted[middle] < value { low = middle + 1 } else { high = middle }
    }
    return low
  }

  func string(_ range: Range<Int>) -> String {
    var text = String.UnicodeScalarView()
    text.append(contentsOf: scalars[range])
    return String(text)
  }

  func scalar(at index: Int) -> Unicode.Scalar? {
    index >= 0 && index < scalars.count ? scalars[index] : nil
  }

  /// Whether the scalar at `index` is a Han character (false outside the text).
  func isHan(_ index: Int) -> Bool {
    guard let scalar = scalar(at: index) else { return false }
    return (0x3400...0x9FFF).contains(scalar.value) || scalar.properties.isIdeographic
  }

  /// Whether the text at `index` starts with `word`.
  func has(_ word: String, at index: Int) -> Bool {
    var position = index
    for scalar in word.unicodeScalars {
      guard position >= 0, position < scalars.count, scalars[position] == scalar else { return false }
      position += 1
    }
    return true
  }

  /// Whether the text ending just before `index` ends with `word`.
  func hasSuffix(_ word: String, before index: Int) -> Bool {
    has(word, at: index - word.unicodeScalars.count)
  }
}
