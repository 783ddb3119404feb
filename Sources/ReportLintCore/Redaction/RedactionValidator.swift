/// The validators a `redact` rule may name (`validator: idcard`), each with the normalisation its
/// validator expects: the validators take ASCII, reports write full-width digits too.
enum RedactionValidator: String, Sendable, CaseIterable {
  case idcard, uscc, luhn, phone

  func isValid(_ text: String) -> Bool {
    let ascii = Self.fold(text)
    switch self {
    case .idcard: return ChineseIDCardValidator.isValid(Substring(ascii))
    case .uscc: return UnifiedSocialCreditCodeValidator.isValid(Substring(ascii.uppercased()))
    case .luhn: return LuhnValidator.isValid(Substring(ascii.filter { $0 != " " && $0 != "-" }))
    case .phone: return ChinesePhoneValidator.isValid(Substring(ascii))
    }
  }

  /// Full-width digits, letters, ＋ and － as ASCII.
  static func fold(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
      switch scalar.value {
      case 0xFF01...0xFF5E: return Unicode.Scalar(scalar.value - 0xFEE0)!
      case 0x3000: return " "
      default: return scalar
      }
    }))
  }
}
