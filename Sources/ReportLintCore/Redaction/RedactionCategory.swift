/// What a redacted value is; each `redact` rule declares one. The evaluation reports precision and
/// recall per category.
public enum RedactionCategory: String, Sendable, Hashable, CaseIterable {
  case count, amount, percent, date, person, place, org, idcard, phone, uscc, bankcard, email, plate

  /// The Chinese name used in messages.
  public var label: String {
    switch self {
    case .count: return "数量"
    case .amount: return "金额"
    case .percent: return "百分比"
    case .date: return "日期"
    case .person: return "人名"
    case .place: return "地名"
    case .org: return "单位名称"
    case .idcard: return "身份证号"
    case .phone: return "电话号码"
    case .uscc: return "统一社会信用代码"
    case .bankcard: return "银行卡号"
    case .email: return "电子邮箱"
    case .plate: return "车牌号"
    }
  }

  /// Identifiers are masked whole and shown in messages with only their ends (`137****1999`).
  var isIdentifier: Bool { [.idcard, .phone, .uscc, .bankcard, .email, .plate].contains(self) }
}
