/// Validates a bank card number (银行卡号) with the Luhn checksum (ISO/IEC 7812-1 annex B).
///
/// Chinese debit and credit cards (UnionPay 62…, Visa 4…, Mastercard 5…, and older domestic 9…
/// cards) have 16 to 19 digits, the last being a Luhn check digit. The redactor masks a card number
/// fully; the check tells a card from any other long digit run (statistics, serial numbers), which
/// passes it with a chance of 1 in 10. That is weak evidence on its own, so callers combine it with a
/// label (卡号, 银行卡, 账号, 开户行) or with the card's 4-4-4-4 grouping.
///
/// What `isValid` checks:
/// - 16 to 19 ASCII digits, nothing else (callers remove the spaces or hyphens of a grouped number and
///   normalise full-width digits first);
/// - the first digit is not 0 (no issuer identification number begins with 0);
/// - the Luhn sum: from the rightmost digit, double every second digit, subtract 9 from doubles over
///   9, add everything up; the total is a multiple of 10.
///
/// `passesLuhn` checks the sum alone for any length from 2 digits, for account numbers (12–19 digits)
/// that a label has already identified.
public enum LuhnValidator {
  /// `true` when `text` is a 16–19 digit number that passes the Luhn check.
  public static func isValid(_ text: Substring) -> Bool {
    let bytes = Array(text.utf8)
    guard (16...19).contains(bytes.count), bytes[0] != UInt8(ascii: "0") else { return false }
    return passesLuhn(text)
  }

  /// `true` when `text` is at least 2 ASCII digits and its Luhn sum is a multiple of 10.
  public static func passesLuhn(_ text: Substring) -> Bool {
    let bytes = Array(text.utf8)
    guard bytes.count >= 2 else { return false }
    var sum = 0
    for (position, byte) in bytes.reversed().enumerated() {
      guard byte >= 0x30, byte <= 0x39 else { return false }
      var digit = Int(byte - 0x30)
      if position % 2 == 1 {
        digit *= 2
        if digit > 9 { digit -= 9 }
      }
      sum += digit
    }
    return sum % 10 == 0
  }
}
