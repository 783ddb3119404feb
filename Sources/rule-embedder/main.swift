// Writes a Swift file holding every rule pack file under a folder, as raw string literals, and
// each YAML file's node tree composed here (`PrecomposedYAML`), so a run need not parse it, and
// the analysis of every built-in PCRE2 pattern (`PatternPrefilter`), and the characters of the
// Basic Multilingual Plane each built-in character class matches (`Regex.basicPlaneScalarRanges`),
// so a run need make neither.
// Usage: rule-embedder RULES_DIR OUTPUT.swift
import Foundation
import PCRE2
import PatternAnalysis
import PrecomposedYAML
import Yams

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
  FileHandle.standardError.write(Data("usage: rule-embedder RULES_DIR OUTPUT.swift\n".utf8))
  exit(2)
}
let root = URL(fileURLWithPath: arguments[1]).standardizedFileURL
let output = URL(fileURLWithPath: arguments[2])
let embeddedExtensions: Set<String> = ["yml", "yaml", "txt", "tsv"]

var relativePaths: [String] = []
if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
  for case let url as URL in walker where embeddedExtensions.contains(url.pathExtension) {
    let path = url.standardizedFileURL.path
    relativePaths.append(String(path.dropFirst(root.path.count + 1)))
  }
}
relativePaths.sort()

/// A raw string literal needs more `#` than the longest run of `#` in its contents.
func rawHashes(for text: String) -> String {
  var longest = 0
  var run = 0
  for character in text.unicodeScalars {
    run = character == "#" ? run + 1 : 0
    longest = max(longest, run)
  }
  return String(repeating: "#", count: longest + 1)
}

func rawLiteral(_ text: String) -> String {
  let hashes = rawHashes(for: text)
  return "\(hashes)\"\"\"\n\(text)\n\"\"\"\(hashes)"
}

/// The node tree of a YAML file (nil for other files and YAML with errors), composed from `text`
/// as the binary will hold it: a multi-line literal's line breaks are line feeds.
func composed(path: String, text: String) -> Node? {
  guard path.hasSuffix(".yml") || path.hasSuffix(".yaml") else { return nil }
  let asHeld = text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
  return try? Yams.compose(yaml: asHeld, .basic, .default, .utf8)
}

/// A YAML file's tree (`composed`) as `PrecomposedYAML` text, for a rule file (`pack/name.yml`)
/// without its top-level `examples`, which a run reads only when asked for
/// (`RuleSource.defersExamples`). Nil for a rule file without examples: the run composes it then,
/// and reports its errors as for any other file. (A file that is not one YAML document the format
/// carries has no tree to give.)
func precomposedTree(path: String, node: Node) -> String? {
  var node = node
  if path.split(separator: "/").count == 2 {
    guard let mapping = node.mapping, mapping.contains(where: { $0.key.string == "examples" }) else { return nil }
    let kept = mapping.filter { $0.key.string != "examples" }.map { ($0.key, $0.value) }
    node = .mapping(Node.Mapping(kept, mapping.tag, mapping.style, mapping.mark))
  }
  return PrecomposedYAML.encode(node)
}

/// The keys whose values are PCRE2 patterns a run analyses: a rule's `pattern` and `exceptions`,
/// the patterns of a consistency rule's `variants`, a document kind's section `headings` and
/// `paragraphs`. A test checks that every pattern the built-in packs analyse is among those
/// found here.
let analysedKeys: Set<String> = ["pattern", "exceptions", "variants", "headings", "paragraphs"]

/// The keys whose values are PCRE2 patterns of one character a run makes a `ScalarClass` of: a
/// repetition rule's `word`.
let scalarClassKeys: Set<String> = ["word"]

/// The options a rule's patterns are compiled with (`RegexOptions.rulePattern` in ReportLintCore,
/// which this build tool cannot import); a stored class is used only for a pattern compiled with
/// them, so the two cannot drift apart unnoticed.
let scalarClassOptions: RegexOptions = [.utf, .ucp, .multiline]

/// Every string under one of `keys` in `node` (examples left out: they are texts, not patterns).
func patterns(under keys: Set<String>, in node: Node, underKey: Bool = false) -> [String] {
  switch node {
  case .scalar(let scalar): return underKey ? [scalar.string] : []
  case .sequence(let sequence): return sequence.flatMap { patterns(under: keys, in: $0, underKey: underKey) }
  case .mapping(let mapping):
    return mapping.flatMap { key, value -> [String] in
      guard let name = key.string, name != "examples" else { return [] }
      return patterns(under: keys, in: value, underKey: underKey || keys.contains(name))
    }
  case .alias: return []
  }
}

/// `text` as a Swift string literal: quotes, backslashes and control characters escaped.
func stringLiteral(_ text: String) -> String {
  var literal = "\""
  for scalar in text.unicodeScalars {
    switch scalar {
    case "\\", "\"": literal += "\\\(scalar)"
    case _ where scalar.value < 0x20 || scalar.value == 0x7F: literal += "\\u{\(String(scalar.value, radix: 16))}"
    default: literal.unicodeScalars.append(scalar)
    }
  }
  return literal + "\""
}

func optionalLiteral<Value>(_ value: Value?, _ literal: (Value) -> String) -> String {
  value.map(literal) ?? "nil"
}

/// The prefilter as the Swift expression that makes it.
func prefilterLiteral(_ prefilter: PatternPrefilter) -> String {
  let literals = optionalLiteral(prefilter.requiredLiterals) { "[" + $0.map(stringLiteral).joined(separator: ", ") + "]" }
  return "PatternPrefilter(requiredLiterals: \(literals), staysWithinLine: \(prefilter.staysWithinLine), "
    + "literalsMissAtEnd: \(prefilter.literalsMissAtEnd), matchStartReach: \(optionalLiteral(prefilter.matchStartReach, String.init(describing:))), "
    + "literalsInMatch: \(prefilter.literalsInMatch), matchesStartAtLiterals: \(prefilter.matchesStartAtLiterals), "
    + "characterBefore: \(optionalLiteral(prefilter.characterBefore, stringLiteral)), "
    + "maxMatchLength: \(optionalLiteral(prefilter.maxMatchLength, String.init(describing:))))"
}

var analysed: Set<String> = []
var scalarClasses: Set<String> = []
var source = "// Generated by rule-embedder from Rules/. Do not edit.\n"
source += "import PCRE2\nimport PatternAnalysis\n\n"
source += "enum EmbeddedRules {\n"
source += "  static let files: [(path: String, contents: String, tree: String?)] = [\n"
for path in relativePaths {
  let data = try Data(contentsOf: root.appendingPathComponent(path))
  guard let text = String(data: data, encoding: .utf8) else {
    FileHandle.standardError.write(Data("Rules/\(path): not valid UTF-8\n".utf8))
    exit(1)
  }
  // Composed once, for its stored tree and for its patterns.
  let node = composed(path: path, text: text)
  let tree = node.flatMap { precomposedTree(path: path, node: $0) }.map(stringLiteral) ?? "nil"
  source += "    (\(stringLiteral(path)), \(rawLiteral(text)), \(tree)),\n"
  if let node {
    analysed.formUnion(patterns(under: analysedKeys, in: node))
    scalarClasses.formUnion(patterns(under: scalarClassKeys, in: node))
  }
}
source += "  ]\n\n"
/// The tables of patterns are in the byte order of the patterns (`BuiltinPatternTable` searches them).
func inByteOrder(_ patterns: Set<String>) -> [String] {
  patterns.sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
}
source += "  /// Each built-in pattern's analysis, made at build time, in the byte order of the patterns\n"
source += "  /// (`BuiltinPatternTable` searches it).\n"
source += "  static let patternAnalyses: [(pattern: String, analysis: PatternPrefilter)] = [\n"
for pattern in inByteOrder(analysed) {
  source += "    (\(stringLiteral(pattern)), \(prefilterLiteral(PatternPrefilter(pattern: pattern)))),\n"
}
source += "  ]\n\n"
source += "  /// The options the character classes below were compiled with.\n"
source += "  static let scalarClassOptions = RegexOptions(rawValue: \(scalarClassOptions.rawValue))\n\n"
source += "  /// The characters of the Basic Multilingual Plane each built-in character class matches,\n"
source += "  /// found at build time (a pattern that does not compile or matches more than one character\n"
source += "  /// is left out: a run reports it), in the byte order of the patterns.\n"
source += "  static let scalarClasses: [(pattern: String, ranges: [ScalarRange])] = [\n"
for pattern in inByteOrder(scalarClasses) {
  guard let regex = try? Regex(pattern, options: scalarClassOptions), let ranges = regex.basicPlaneScalarRanges() else { continue }
  let hex = { (value: UInt32) in "0x" + String(value, radix: 16, uppercase: true) }
  source += "    (\(stringLiteral(pattern)), [" + ranges.map { "ScalarRange(\(hex($0.first)), \(hex($0.last)))" }.joined(separator: ", ") + "]),\n"
}
source += "  ]\n}\n"
try Data(source.utf8).write(to: output, options: .atomic)
