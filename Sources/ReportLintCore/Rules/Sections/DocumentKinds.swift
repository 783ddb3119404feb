import Yams

/// The document kinds of one pack (its `kinds/` folder), in file name order: the first whose title
/// matches wins.
///
/// Loaded once per process for a given folder and contents, so the seven `sections` rules of a
/// pack hold the same instance, and a document's `SectionAnalysis` (cached per instance) is worked
/// out once for all of them.
final class DocumentKinds: Sendable {
  let all: [DocumentKind]
  /// Every literal that some part's heading or paragraph patterns require, sorted. The sections
  /// rules ask the linter's shared scan for them, and the outline reads from the hits which
  /// paragraphs hold one, instead of searching every paragraph for every literal (a twentieth of
  /// a run) and every heading for every heading literal (a sixtieth).
  let sectionLiterals: [[UInt8]]
  /// For each kind (as in `all`) and each of its parts, the section literals its heading patterns
  /// and its paragraph patterns require; nil where the set has no required literals.
  let sectionLiteralMasks: [[(headings: LiteralMask?, paragraphs: LiteralMask?)]]

  private init(_ kinds: [DocumentKind]) {
    all = kinds
    let literals = kinds.flatMap {
      $0.sections.flatMap { ($0.headings.requiredLiterals ?? []) + ($0.paragraphs.requiredLiterals ?? []) }
    }
    let sectionLiterals = Set(literals).sorted { $0.lexicographicallyPrecedes($1) }
    self.sectionLiterals = sectionLiterals
    sectionLiteralMasks = kinds.map { kind in
      kind.sections.map { section in
        (
          section.headings.requiredLiterals.map { LiteralMask($0, in: sectionLiterals) },
          section.paragraphs.requiredLiterals.map { LiteralMask($0, in: sectionLiterals) }
        )
      }
    }
  }

  /// The masks with which the outline of a document of `kind` (one of `all`) reads the shared
  /// scan's hits of `sectionLiterals`.
  func literalMasks(of kind: DocumentKind) -> SectionOutline.LiteralMasks {
    (sectionLiteralMasks[index(of: kind)], LiteralMask.wordCount(sectionLiterals.count))
  }

  /// Where `kind` (one of `all`: `kind(askedFor:title:in:)` picks it from there) stands in `all`.
  func index(of kind: DocumentKind) -> Int {
    all.firstIndex { $0 === kind }!
  }

  static func load(from definition: RuleDefinition) throws(RuleLoadError) -> DocumentKinds {
    let directory = definition.packFolder
    let paths = definition.packFiles.keys.sorted().filter {
      $0.hasPrefix("kinds/") && ($0.hasSuffix(".yml") || $0.hasSuffix(".yaml"))
    }
    guard !paths.isEmpty else {
      throw definition.fields.error("a rule of kind sections needs document kinds in the pack's kinds/ folder")
    }
    // Keyed by every kind file's path and contents: another `--rules` folder with other kinds
    // never shares an entry. A folder that fails to load is not cached, so each rule reports it.
    // Kinds loaded without pattern analyses are kept apart from those with.
    let contents = paths.map { "\($0)\u{0}\(definition.packFiles[$0]!)" }.joined(separator: "\u{0}")
    let key = "\(directory)/kinds/" + (definition.analysesPatterns ? "" : " (patterns not analysed)")
    do {
      return try DataFileCache.shared.value(for: (path: key, contents: contents), as: DocumentKinds.self) {
        DocumentKinds(try paths.map { path throws(RuleLoadError) in try load(path, of: definition, in: directory) })
      }
    } catch let error as RuleLoadError {
      throw error
    } catch {
      fatalError("loading document kinds threw \(error), which is not a RuleLoadError")
    }
  }

  private static func load(_ path: String, of definition: RuleDefinition, in directory: String) throws(RuleLoadError)
    -> DocumentKind
  {
    let file = directory.isEmpty ? path : "\(directory)/\(path)"
    let node: Node?
    if let tree = definition.packTrees[path] {
      node = YAMLFields.node(precomposed: tree)
    } else {
      do { node = try YAMLFields.compose(definition.packFiles[path]!) } catch {
        throw RuleLoadError(file: file, line: nil, message: "not valid YAML: \(error)")
      }
    }
    guard let node else { throw RuleLoadError(file: file, line: nil, message: "the file is empty") }
    return try DocumentKind(fields: YAMLFields(file: file, node: node), analysesPatterns: definition.analysesPatterns)
  }

  /// The kind a run asks for (`kind:` in the configuration), or else the one the title names.
  /// `none` (or a name no kind has) means no kind: no section rules apply.
  func kind(askedFor asked: String?, title: Paragraph?, in document: Document) -> DocumentKind? {
    if let asked { return all.first { $0.names.contains(asked) } }
    guard let title else { return nil }
    return all.first { kind in kind.titles.contains { document.firstMatch($0, in: title.textRange) != nil } }
  }
}
