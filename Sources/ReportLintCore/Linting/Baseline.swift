import Foundation

/// Findings accepted as they are (`--write-baseline`), so that a repository can adopt reportlint
/// and fail CI only on new findings (`--baseline`).
///
/// A finding is keyed by file and `FindingIdentity` (rule, matched text, a few characters around
/// it), never by line, with a count per key: lines inserted above keep old findings hidden, and a
/// third 布署 in the same phrase where the baseline counted two still shows. The file is sorted,
/// pretty-printed JSON without timestamps, so a change to it reads well in review.
public struct Baseline: Sendable, Equatable {
  public struct Key: Sendable, Hashable, Comparable {
    public var path: String
    public var identity: FindingIdentity

    public static func < (lhs: Key, rhs: Key) -> Bool {
      (lhs.path, lhs.identity) < (rhs.path, rhs.identity)
    }
  }

  public private(set) var counts: [Key: Int] = [:]

  /// The findings of a run, as a baseline.
  public init(_ reports: [FileReport]) {
    for report in reports {
      for (identity, _) in FindingIdentity.numbered(report) {
        counts[Key(path: Self.normalize(report.path), identity: identity), default: 0] += 1
      }
    }
  }

  public static let version = 1

  public func serialized() -> String {
    let findings = counts.keys.sorted().map { key in
      JSONValue.object([
        ("path", .string(key.path)), ("rule", .string(key.identity.rule)),
        ("before", .string(key.identity.before)), ("text", .string(key.identity.text)),
        ("after", .string(key.identity.after)), ("count", .int(counts[key]!)),
      ])
    }
    return JSONValue.object([("version", .int(Self.version)), ("findings", .array(findings))]).serialized() + "\n"
  }

  /// The wire form, for reading back what `serialized` wrote.
  private struct File: Decodable {
    struct Finding: Decodable {
      var path, rule, before, text, after: String
      var count: Int
    }
    var version: Int
    var findings: [Finding]
  }

  public static func load(path: String) throws(RuleLoadError) -> Baseline {
    guard let data = FileManager.default.contents(atPath: path) else {
      throw RuleLoadError(file: path, line: nil, message: "cannot read the baseline file")
    }
    let file: File
    do { file = try JSONDecoder().decode(File.self, from: data) } catch {
      throw RuleLoadError(file: path, line: nil, message: "not a reportlint baseline: \(error)")
    }
    guard file.version == version else {
      throw RuleLoadError(file: path, line: nil, message: "baseline version \(file.version) is not \(version)")
    }
    var baseline = Baseline([])
    for finding in file.findings {
      let identity = FindingIdentity(
        rule: finding.rule, before: finding.before, text: finding.text, after: finding.after)
      baseline.counts[Key(path: finding.path, identity: identity), default: 0] += finding.count
    }
    return baseline
  }

  /// The reports without the findings the baseline accepts: for each key, the first `count`
  /// occurrences in document order are hidden, the rest are new.
  public func filter(_ reports: [FileReport]) -> [FileReport] {
    reports.map { report in
      let path = Self.normalize(report.path)
      var report = report
      let numbered = FindingIdentity.numbered(report)
      report.diagnostics = zip(report.diagnostics, numbered).compactMap { diagnostic, numbered in
        numbered.occurrence <= counts[Key(path: path, identity: numbered.identity), default: 0]
          ? nil : diagnostic
      }
      return report
    }
  }

  /// Paths as keys: relative to the current folder when inside it, without `./`, with `/`, so a
  /// baseline written on one machine (or from `docs/` vs `./docs/`) matches on another.
  static func normalize(_ path: String) -> String {
    let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
    let base = URL(fileURLWithPath: FileManager.default.currentDirectoryPath).standardizedFileURL.path
    if absolute.hasPrefix(base + "/") { return String(absolute.dropFirst(base.count + 1)) }
    return absolute
  }
}
