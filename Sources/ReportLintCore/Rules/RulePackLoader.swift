/// Turns rule sources into rules. Every broken file is reported (with its line), and the good
/// files still load, so one typo in a pack does not hide the rest.
public enum RulePackLoader {
  public struct Result: Sendable {
    public var rules: [any Rule]
    public var errors: [RuleLoadError]
  }

  public static func load(_ sources: [RuleSource]) -> Result {
    var rules: [any Rule] = []
    var errors: [RuleLoadError] = []
    var seen: [String: String] = [:]
    for source in sources {
      for entry in source.ruleFiles {
        let file = "\(source.root)/\(entry.path)"
        do {
          let definition = try RuleDefinition(
            pack: entry.pack, name: entry.name, file: file, contents: source.files[entry.path]!,
            packFiles: source.dataFiles(ofPack: entry.pack))
          let rule = try RuleFactory.make(definition)
          if let earlier = seen[rule.id] {
            errors.append(RuleLoadError(file: file, line: nil, message: "rule id \(rule.id) is already defined in \(earlier)"))
            continue
          }
          seen[rule.id] = file
          rules.append(rule)
        } catch {
          errors.append(error)
        }
      }
    }
    return Result(rules: rules, errors: errors)
  }
}
