/// What a configuration says of one rule or pack: turn it off, or change its severity.
public enum RuleSetting: Sendable, Hashable {
  case off
  case severity(Severity)

  init?(_ text: String) {
    if text == "off" || text == "false" {
      self = .off
    } else if let severity = Severity(rawValue: text) {
      self = .severity(severity)
    } else {
      return nil
    }
  }
}
