/// Validates an 18-character unified social credit code (统一社会信用代码, GB 32100-2015), the number
/// every company, institution, association and sole trader registered in China carries.
///
/// Layout: registration authority (1) + entity category (1) + GB/T 2260 region (6) + organisation
/// code (9, GB 11714) + check character (1). The alphabet is the digits and the capital letters
/// without I, O, Z, S and V (they look like 1, 0, 2, 5 and U): `0123456789ABCDEFGHJKLMNPQRTUWXY`,
/// each character standing for its index 0–30.
///
/// The redactor masks such a code fully; the check lets it tell a real code from an 18-character
/// product or file number, which passes it with a chance of 1 in 31.
///
/// What is checked:
/// - exactly 18 ASCII characters. Capital letters only: the standard prints capitals, and callers
///   normalise (upper-case, full-width to ASCII) before calling.
/// - position 1 (登记管理部门码) is 1–9, A, N or Y (the authorities of GB 32100 table 1 and its
///   amendments: 1 机构编制, 5 民政, 9 市场监管, A 军队, N 农业农村, Y 其他 …); position 2 (机构类别码)
///   is 1–9.
/// - positions 3–8 (the region) are digits; their value is not looked up, because codes change.
/// - positions 9–17 are in the alphabet (the embedded GB 11714 check character is not verified: it
///   is not reliable for every kind of holder).
/// - position 18 is the check character: `c = (31 − Σ(value × weight) mod 31) mod 31` with weights
///   1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 (3^i mod 31). The outer `mod 31` matters: when the
///   sum is a multiple of 31 the check character is `0`, not an out-of-range index.
public enum UnifiedSocialCreditCodeValidator {
  static let alphabet: [UInt8] = Array("0123456789ABCDEFGHJKLMNPQRTUWXY".utf8)
  static let weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
  static let values: [Int] = {
    var table = [Int](repeating: -1, count: 128)
    for (index, byte) in alphabet.enumerated() { table[Int(byte)] = index }
    return table
  }()
  static let authorities: Set<UInt8> = Set("123456789ANY".utf8)

  /// `true` when `text` is exactly a valid 18-character unified social credit code.
  public static func isValid(_ text: Substring) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count == 18, bytes.allSatisfy({ $0 < 128 && values[Int($0)] >= 0 }) else {
      return false
    }
    guard authorities.contains(bytes[0]), bytes[1] >= 0x31, bytes[1] <= 0x39 else { return false }
    guard bytes[2..<8].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return false }
    guard let check = checkCharacter(forValues: bytes.prefix(17).map { values[Int($0)] }) else {
      return false
    }
    return check == bytes[17]
  }

  /// The check character for the first 17 characters, or `nil` if they are not 17 characters of the
  /// alphabet. Used by tests and by fixture generators.
  public static func checkCharacter(for first17: Substring) -> Character? {
    let bytes = Array(first17.utf8)
    guard bytes.count == 17, bytes.allSatisfy({ $0 < 128 && values[Int($0)] >= 0 }) else {
      return nil
    }
    guard let check = checkCharacter(forValues: bytes.map { values[Int($0)] }) else { return nil }
    return Character(Unicode.Scalar(check))
  }

  static func checkCharacter(forValues values: [Int]) -> UInt8? {
    guard values.count == 17 else { return nil }
    var sum = 0
    for (value, weight) in zip(values, weights) { sum += value * weight }
    return alphabet[(31 - sum % 31) % 31]
  }
}
