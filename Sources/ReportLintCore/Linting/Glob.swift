import PCRE2

/// A path glob: `**` any folders, `*` any name part, `?` one character; matched against paths with
/// `/` separators, relative to the configuration's folder.
public struct Glob: Sendable {
  public let pattern: String
  let regex: Regex

  public init(_ pattern: String) throws(PCRE2Error) {
    self.pattern = pattern
    var source = "^"
    var characters = Array(pattern)[...]
    while let character = characters.popFirst() {
      switch character {
      case "*" where characters.first == "*":
        characters.removeFirst()
        if characters.first == "/" {
          characters.removeFirst()
          source += "(?:.*/)?"
        } else {
          source += ".*"
        }
      case "*": source += "[^/]*"
      case "?": source += "[^/]"
      default:
        source += character.isLetter || character.isNumber ? String(character) : "\\Q\(character)\\E"
      }
    }
    // A glob without a folder part matches the name at any depth, as .gitignore does.
    if !pattern.contains("/") { source = "^(?:.*/)?" + source.dropFirst() }
    regex = try Regex(source + "$", options: [.utf, .dotAll])
  }

  public func matches(_ path: String) -> Bool {
    ((try? regex.matches(in: path)) ?? []).isEmpty == false
  }
}
