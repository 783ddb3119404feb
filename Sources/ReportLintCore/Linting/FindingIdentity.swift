/// What makes a finding the same finding after the document is edited elsewhere: its rule, the
/// matched text and a few characters either side of it on its line. Line numbers are left out on
/// purpose, so a baseline or a SARIF fingerprint survives lines inserted above the finding.
public struct FindingIdentity: Sendable, Hashable, Comparable {
  public var rule: String
  public var before: String
  public var text: String
  public var after: String

  /// Unicode scalars of context kept on each side: enough to tell two 布署 in one paragraph apart,
  /// few enough that an edit a sentence away does not make an old finding look new.
  static let contextLength = 8

  public init(rule: String, before: String, text: String, after: String) {
    self.rule = rule
    self.before = before
    self.text = text
    self.after = after
  }

  public init(_ diagnostic: Diagnostic, in document: Document) {
    let range = diagnostic.range
    let lines = document.lineIndex
    let startLine = lines.contentRange(ofLine: lines.line(containing: range.lowerBound))
    let endLine = lines.contentRange(ofLine: lines.line(containing: range.upperBound))
    let beforeStart = min(startLine.lowerBound, range.lowerBound)
    let afterEnd = max(endLine.upperBound, range.upperBound)
    let beforeText = document.string(beforeStart..<range.lowerBound).unicodeScalars
    let afterText = document.string(range.upperBound..<afterEnd).unicodeScalars
    self.init(
      rule: diagnostic.ruleID,
      before: String(String.UnicodeScalarView(beforeText.suffix(Self.contextLength))),
      text: document.string(range),
      after: String(String.UnicodeScalarView(afterText.prefix(Self.contextLength))))
  }

  public static func < (lhs: FindingIdentity, rhs: FindingIdentity) -> Bool {
    (lhs.rule, lhs.text, lhs.before, lhs.after) < (rhs.rule, rhs.text, rhs.before, rhs.after)
  }

  /// A stable 64-bit FNV-1a hash in hex. Swift's `Hasher` is seeded per process, so it cannot
  /// give fingerprints that match between runs.
  public var hash: String {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    // The unit separator keeps ("ab", "c") and ("a", "bc") apart.
    for byte in [rule, before, text, after].joined(separator: "\u{1F}").utf8 {
      value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
    }
    let hex = String(value, radix: 16)
    return String(repeating: "0", count: 16 - hex.count) + hex
  }

  /// Each diagnostic of a file with its identity and which occurrence of that identity it is
  /// (1, 2, … in document order), so repeated identical findings stay distinguishable and countable.
  static func numbered(_ report: FileReport) -> [(identity: FindingIdentity, occurrence: Int)] {
    guard let document = report.document else { return [] }
    var seen: [FindingIdentity: Int] = [:]
    return report.diagnostics.map { diagnostic in
      let identity = FindingIdentity(diagnostic, in: document)
      seen[identity, default: 0] += 1
      return (identity, seen[identity]!)
    }
  }
}
