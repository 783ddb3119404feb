/// Turns rule sources into rules. Every broken file is reported (with its line), and the good
/// files still load, so one typo in a pack does not hide the rest.
public enum RulePackLoader {
  public struct Result: Sendable {
    public var rules: [any Rule]
    public var errors: [RuleLoadError]
  }

  /// `analysesPatterns`: false for a run over little text, which lints without the linter's shared
  /// scan: rules then skip the analyses that only make that scan and later searches cheaper
  /// (`PatternPrefilter`, made at build time for the built-in patterns but at load for other
  /// packs', and the tables built on them). The findings are the same either way.
  public static func load(_ sources: [RuleSource], analysesPatterns: Bool = true) -> Result {
    var rules: [any Rule] = []
    var errors: [RuleLoadError] = []
    var seen: [String: String] = [:]
    let entries = sources.flatMap { source in
      let ruleFiles = source.ruleFiles
      // Each pack's data files gathered once, not once a rule file (4 of the 190 million
      // instructions it took to lint one short file).
      let packs = Set(ruleFiles.map(\.pack))
      let dataFiles = Dictionary(
        uniqueKeysWithValues: packs.map { ($0, (files: source.dataFiles(ofPack: $0), trees: source.dataTrees(ofPack: $0))) })
      return ruleFiles.map { (source, $0, dataFiles[$0.pack]!) }
    }
    // Rule files are read and compiled in parallel (YAML, PCRE2 JIT, automata: most of the time a
    // run takes to start); they are kept in file order, so ids clash the same way every run.
    OrderedParallelMap.run(
      entries, window: max(1, entries.count),
      transform: { (source: RuleSource, entry, packFiles) -> Swift.Result<any Rule, RuleLoadError> in
        let file = "\(source.root)/\(entry.path)"
        do throws(RuleLoadError) {
          let definition = try RuleDefinition(
            pack: entry.pack, name: entry.name, file: file, contents: source.files[entry.path]!,
            packFiles: packFiles.files, defersExamples: source.defersExamples, tree: source.trees[entry.path],
            packTrees: packFiles.trees, analysesPatterns: analysesPatterns)
          return .success(try RuleFactory.make(definition))
        } catch {
          return .failure(error)
        }
      },
      each: { made in
        switch made {
        case .success(let rule):
          if let earlier = seen[rule.id] {
            errors.append(
              RuleLoadError(file: rule.descriptor.file, line: nil, message: "rule id \(rule.id) is already defined in \(earlier)"))
          } else {
            seen[rule.id] = rule.descriptor.file
            rules.append(rule)
          }
        case .failure(let error):
          errors.append(error)
        }
      })
    return Result(rules: rules, errors: errors)
  }
}
