/// The kinds of numbering marker, from the outermost heading level down to in-paragraph runs.
///
/// GB/T 9704 7.3.3 gives the four heading levels 一、 / （一） / 1. / （1）; 一是…二是… and
/// 第一，…第二，… are the run-in enumerations of official prose (GB/T 15834 B.3).
public enum MarkerLevel: Int, Sendable, Hashable, CaseIterable, Comparable {
  case chapter = 1
  case section = 2
  case item = 3
  case subitem = 4
  /// 一是、二是 (no punctuation after them: GB/T 15834 B.3.7).
  case enumerator = 5
  /// 第一，第二，
  case ordinal = 6

  public static func < (lhs: MarkerLevel, rhs: MarkerLevel) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Whether the marker starts a heading line (levels 1–4), as opposed to a run-in enumeration.
  public var isHeading: Bool { self <= .subitem }

  /// Whether the numeral is Chinese (一) rather than Arabic (1).
  public var usesChineseNumerals: Bool { self != .item && self != .subitem }

  /// How the level is named in rule files and messages: its standard form for the number 1.
  /// Looked up: every marker's `isStandardForm` compares with it.
  public var name: String { Self.names[rawValue - 1] }

  private static let names = allCases.map { $0.marker(1) }

  /// Finds a level by its name (一、, （一）, 1., （1）, 一是, 第一，).
  public init?(name: String) {
    guard let level = Self.allCases.first(where: { $0.name == name }) else { return nil }
    self = level
  }

  /// The numeral for `number` as this level writes it.
  public func numeral(_ number: Int) -> String {
    usesChineseNumerals ? ChineseNumeral.text(for: number) : String(number)
  }

  /// The standard marker for `number`.
  public func marker(_ number: Int) -> String {
    let numeral = numeral(number)
    switch self {
    case .chapter: return numeral + "、"
    case .section, .subitem: return "（" + numeral + "）"
    case .item: return numeral + "."
    case .enumerator: return numeral + "是"
    case .ordinal: return "第" + numeral + "，"
    }
  }
}
