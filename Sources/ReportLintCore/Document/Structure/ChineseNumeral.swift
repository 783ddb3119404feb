/// Chinese numerals both ways, as numbering markers and ordinals write them: 一 … 九十九 and beyond
/// (一百零一, 一千二百, 三万), digit-by-digit forms (二〇二四), and 两 as a digit (两百).
public enum ChineseNumeral {
  static let digits: [Character: Int] = [
    "〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9,
  ]
  static let units: [Character: Int] = ["十": 10, "百": 100, "千": 1000]
  static let digitText: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]

  /// What one character of a numeral stands for.
  enum Place {
    case digit(Int, isTwo: Bool)  // isTwo: 两, which is no digit of a digit-by-digit numeral
    case unit(Int)
    case scale(Int)
  }

  static func place(of character: Character) -> Place? {
    if let digit = digits[character] { return .digit(digit, isTwo: character == "两") }
    if let unit = units[character] { return .unit(unit) }
    if character == "万" { return .scale(10_000) }
    if character == "亿" { return .scale(100_000_000) }
    return nil
  }

  /// `place(of:)` by scalar value, for the characters that are single scalars (all of them). A
  /// list: a dozen compares cost less than hashing the key.
  private static let scalarPlaces: [(scalar: UInt32, place: Place)] =
    (Array(digits.keys) + Array(units.keys) + ["万", "亿"]).map { ($0.unicodeScalars.first!.value, place(of: $0)!) }

  /// The value of `text`, or nil when it is not a well-formed numeral. Words that only look like
  /// numerals (十四五, 三会一) are not well formed: two digits in a row need a unit between them
  /// unless every character is a digit (二〇二四).
  public static func value(of text: some StringProtocol) -> Int? {
    var places: [Place] = []
    for character in text {
      guard let place = place(of: character) else { return nil }
      places.append(place)
    }
    return value(of: places)
  }

  /// `value(of:)` of the UTF-8 text `bytes`, read by scalar rather than through a `String`'s
  /// characters (a marker's numeral cost 2,600 instructions the other way). A scalar that is no
  /// numeral character leaves the answer to `value(of:)`: a character may still equal one
  /// (a compatibility ideograph is canonically 零).
  static func value(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    if let value = markerValue(ofUTF8: bytes) { return value }
    let scalarPlaces = scalarPlaces  // a local: reading a static in a loop checks its initialisation each time
    // The places on the stack, not in an array allocated for each marker.
    return withUnsafeTemporaryAllocation(of: Place.self, capacity: bytes.count) { places in
      var count = 0
      var offset = 0
      while offset < bytes.count {
        let (scalar, length) = UTF8Scalars.decode(bytes, at: offset)
        guard let place = scalarPlaces.first(where: { $0.scalar == scalar })?.place else {
          return value(of: String(decoding: bytes, as: UTF8.self))
        }
        places.initializeElement(at: count, to: place)
        count += 1
        offset += length
      }
      return value(of: UnsafeMutableBufferPointer(rebasing: places[..<count]))
    }
  }

  /// The value of a marker's usual numeral, 一 to 九十九 written with 一…九 and 十 (X, 十, 十X, X十,
  /// X十Y), read straight from the bytes; nil for anything else, which `value(ofUTF8:)` reads
  /// the general way. Markers' numerals are these: the general reading, with its table of
  /// places, cost 280 instructions a marker (10 MB: 1.3 million).
  private static func markerValue(ofUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    // 一…九 as 1…9, 十 as 10, anything else as nil.
    func digit(at offset: Int) -> Int? {
      switch UInt32(bytes[offset]) << 16 | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) {
      case 0xE4_B8_80: 1  // 一
      case 0xE4_BA_8C: 2  // 二
      case 0xE4_B8_89: 3  // 三
      case 0xE5_9B_9B: 4  // 四
      case 0xE4_BA_94: 5  // 五
      case 0xE5_85_AD: 6  // 六
      case 0xE4_B8_83: 7  // 七
      case 0xE5_85_AB: 8  // 八
      case 0xE4_B9_9D: 9  // 九
      case 0xE5_8D_81: 10  // 十
      default: nil
      }
    }
    switch bytes.count {
    case 3:
      return digit(at: 0)
    case 6:
      guard let first = digit(at: 0), let second = digit(at: 3) else { return nil }
      if first == 10 && second < 10 { return 10 + second }  // 十X
      if first < 10 && second == 10 { return first * 10 }  // X十
      return nil
    case 9:
      guard let tens = digit(at: 0), digit(at: 3) == 10, let ones = digit(at: 6), tens < 10, ones < 10 else { return nil }
      return tens * 10 + ones  // X十Y
    default:
      return nil
    }
  }

  private static func value(of places: some Collection<Place>) -> Int? {
    guard !places.isEmpty else { return nil }
    var allDigits = true
    var hasTwo = false
    for place in places {
      if case .digit(_, let isTwo) = place { hasTwo = hasTwo || isTwo } else { allDigits = false }
    }
    if allDigits {
      // Digit by digit, as years are written; 两 is never used that way.
      guard places.count == 1 || !hasTwo else { return nil }
      return places.reduce(0) { total, place in
        guard case .digit(let digit, _) = place else { return total }
        return total * 10 + digit
      }
    }
    var total = 0
    var section = 0
    var pending: Int?
    var lastUnit = Int.max
    for place in places {
      switch place {
      case .digit(let digit, _):
        if digit == 0 {
          // 零 stands for skipped places (一百零一); it cannot follow a digit directly.
          guard pending == nil else { return nil }
          continue
        }
        guard pending == nil else { return nil }
        pending = digit
      case .unit(let unit):
        // Units fall within a group of four places: 千 then 百 then 十.
        guard unit < lastUnit else { return nil }
        section += (pending ?? 1) * unit
        pending = nil
        lastUnit = unit
      case .scale(let scale):
        let group = section + (pending ?? 0)
        guard group > 0 || total > 0 else { return nil }
        total = (total + group) * scale
        section = 0
        pending = nil
        lastUnit = Int.max
      }
    }
    return total + section + (pending ?? 0)
  }

  /// The usual written form of `value` (0 ≤ value < 10⁸): 十, 十一, 二十, 一百零五, 一千零一十.
  public static func text(for value: Int) -> String {
    precondition(value >= 0 && value < 100_000_000, "numeral out of range: \(value)")
    if value == 0 { return "〇" }
    if value >= 10_000 {
      let high = value / 10_000
      let low = value % 10_000
      guard low > 0 else { return text(for: high) + "万" }
      return text(for: high) + "万" + (low < 1000 ? "零" : "") + group(low, leadingOne: true)
    }
    return group(value, leadingOne: false)
  }

  /// Up to four places. 一十 is written 十 at the very start of a numeral only.
  private static func group(_ value: Int, leadingOne: Bool) -> String {
    let places = [(1000, "千"), (100, "百"), (10, "十"), (1, "")]
    var result = ""
    var gap = false
    for (size, unit) in places {
      let digit = value / size % 10
      if digit == 0 {
        if !result.isEmpty { gap = true }
        continue
      }
      if gap { result.append("零") }
      gap = false
      if !(size == 10 && digit == 1 && result.isEmpty && !leadingOne) {
        result.append(digitText[digit])
      }
      result += unit
    }
    return result
  }
}
