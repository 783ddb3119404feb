/// Validates an 18-character PRC resident identity card number (居民身份证号码, GB 11643-1999).
///
/// Layout: 6-digit address code (GB/T 2260 region) + 8-digit birth date `YYYYMMDD` + 3-digit sequence
/// (odd for men, even for women) + 1 check character computed with ISO 7064 MOD 11-2.
///
/// The redactor uses this to decide whether an unlabelled run of 18 digits is an ID number (and so is
/// fully masked with a high score) or something else, such as a bank account or a document number.
/// Every part that can be checked without outside data is checked, because each check removes most
/// random 18-digit runs: the check character alone lets 1 in 11 through, the province and the date
/// remove most of the rest.
///
/// What is checked:
/// - exactly 18 ASCII characters: 17 digits, then a digit or `X` (`x` too: people type it, and it is
///   unambiguous). Callers normalise full-width digits (０-９, Ｘ) before calling; this accepts ASCII only,
///   so a full-width number is never validated by accident against different offsets.
/// - the region code: its first digit is 1–8 (GB/T 2260 has no 0 or 9 region; 9 starts the 2023
///   foreign permanent-resident number, which is not a resident ID), and its first two digits are a
///   province-level code (11–15, 21–23, 31–37, 41–46, 50–54, 61–65, 71, 81, 82, and 83 for the
///   residence permits of Taiwan residents). Prefecture and county digits are not checked: codes are
///   renamed and abolished over time, and an old card keeps its old code.
/// - the birth date is a real calendar date (leap years included) with a year from 1900 to 2099. No
///   comparison with today's date: this function is pure.
/// - the check character: Σ(digit × weight) with weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, then
///   `"10X98765432"[sum % 11]`.
///
/// The 15-digit cards of before 1999 have no check digit and are not accepted: on their own they are
/// indistinguishable from other numbers, so a caller flags them only next to a label (身份证).
public enum ChineseIDCardValidator {
  static let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  static let checkCharacters: [UInt8] = Array("10X98765432".utf8)
  static let provinceCodes: Set<Int> = [
    11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37,
    41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83,
  ]

  /// `true` when `text` is exactly a valid 18-character resident ID number (no spaces or separators).
  public static func isValid(_ text: Substring) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 18 else { return false }
    var digits: [Int] = []
    digits.reserveCapacity(17)
    for byte in bytes.prefix(17) {
      guard byte >= 0x30, byte <= 0x39 else { return false }
      digits.append(Int(byte - 0x30))
    }
    var last = bytes[17]
    if last == UInt8(ascii: "x") { last = UInt8(ascii: "X") }
    guard (last >= 0x30 && last <= 0x39) || last == UInt8(ascii: "X") else { return false }

    guard (1...8).contains(digits[0]), provinceCodes.contains(digits[0] * 10 + digits[1]) else {
      return false
    }

    let year = digits[6] * 1000 + digits[7] * 100 + digits[8] * 10 + digits[9]
    let month = digits[10] * 10 + digits[11]
    let day = digits[12] * 10 + digits[13]
    guard isRealDate(year: year, month: month, day: day) else { return false }

    var sum = 0
    for (digit, weight) in zip(digits, weights) { sum += digit * weight }
    return checkCharacters[sum % 11] == last
  }

  /// The check character (`0`–`9` or `X`) for the first 17 digits, or `nil` if they are not 17 ASCII
  /// digits. Used by tests and by fixture generators.
  public static func checkCharacter(for first17: Substring) -> Character? {
    let bytes = Array(first17.utf8)
    guard bytes.count == 17, bytes.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
    var sum = 0
    for (byte, weight) in zip(bytes, weights) { sum += Int(byte - 0x30) * weight }
    return Character(Unicode.Scalar(checkCharacters[sum % 11]))
  }

  static func isRealDate(year: Int, month: Int, day: Int) -> Bool {
    guard (1900...2099).contains(year), (1...12).contains(month), day >= 1 else { return false }
    let isLeap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
    let lengths = [31, isLeap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    return day <= lengths[month - 1]
  }
}
