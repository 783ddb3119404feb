/// Validates a mainland China telephone number: a mobile number or a landline with its area code.
///
/// Phone numbers carry no checksum, so the check is on the numbering plan (YD/T 2740, the MIIT
/// numbering plan): it keeps counts, amounts and years out (13,800 is not 13800138000; 2023 is not a
/// phone) and leaves the context (电话, 手机, 联系方式) to the caller.
///
/// Accepted forms, ASCII only (callers normalise full-width digits and ＋ first):
/// - mobile: `1[3-9]` + 9 digits (11 digits). Every mobile block starts with 13–19; prefixes are not
///   checked further, because number portability and new blocks (190, 192, 196, 197) made prefix
///   tables stale. It may be written 3-4-4 with one kind of separator (`138-0013-8000`,
///   `138 0013 8000`) and may carry the country code `+86`, `86` or `0086`, followed by nothing, a
///   space or a hyphen.
/// - landline: area code + optional `-` + local number. Area codes start with 0: the three-digit ones
///   are 010 and 020–029 (Beijing and the big cities) and have 8-digit local numbers; all others have
///   four digits (03xx–09xx) and 7- or 8-digit local numbers. A local number never starts with 0 or 1
///   (those start area codes, special services and mobiles).
///
/// Service numbers (110, 12345, 12380, 95xxx, 400/800) are not phones to mask and are rejected.
public enum ChinesePhoneValidator {
  /// `true` when `text` is exactly a mobile or a landline number in one of the accepted forms.
  public static func isValid(_ text: Substring) -> Bool {
    isMobile(text) || isLandline(text)
  }

  /// `true` when `text` is exactly a mobile number: `1[3-9]\d{9}`, optionally with a country code and
  /// 3-4-4 grouping.
  public static func isMobile(_ text: Substring) -> Bool {
    var bytes = Array(text.utf8)[...]
    for prefix in ["+86", "0086", "86"] {
      let prefixBytes = Array(prefix.utf8)
      if bytes.count > 11, bytes.starts(with: prefixBytes) {
        bytes = bytes.dropFirst(prefixBytes.count)
        if let first = bytes.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "-") {
          bytes = bytes.dropFirst()
        }
        break
      }
    }
    let digits: [UInt8]
    if bytes.count == 11 {
      digits = Array(bytes)
    } else if bytes.count == 13 {
      // 3-4-4 with the same separator twice
      let array = Array(bytes)
      let separator = array[3]
      guard separator == UInt8(ascii: "-") || separator == UInt8(ascii: " "), array[8] == separator
      else { return false }
      digits = Array(array[0..<3] + array[4..<8] + array[9..<13])
    } else {
      return false
    }
    guard digits.allSatisfy(isDigit) else { return false }
    return digits[0] == UInt8(ascii: "1") && digits[1] >= UInt8(ascii: "3")
  }

  /// `true` when `text` is exactly a landline number with its area code: `0\d{2,3}-?\d{7,8}` under
  /// the area-code rules above.
  public static func isLandline(_ text: Substring) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 3, bytes[0] == UInt8(ascii: "0"), bytes[1...2].allSatisfy(isDigit) else {
      return false
    }
    let shortArea = bytes[1] == UInt8(ascii: "2") || (bytes[1] == UInt8(ascii: "1") && bytes[2] == UInt8(ascii: "0"))
    if bytes[1] == UInt8(ascii: "0") || (bytes[1] == UInt8(ascii: "1") && !shortArea) { return false }
    let areaLength = shortArea ? 3 : 4
    guard bytes.count > areaLength, bytes[..<areaLength].allSatisfy(isDigit) else { return false }
    var local = bytes[areaLength...]
    if local.first == UInt8(ascii: "-") { local = local.dropFirst() }
    guard local.allSatisfy(isDigit), let first = local.first, first >= UInt8(ascii: "2") else {
      return false
    }
    return shortArea ? local.count == 8 : (local.count == 7 || local.count == 8)
  }

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
