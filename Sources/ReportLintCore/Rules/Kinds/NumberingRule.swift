/// `kind: numbering` — numbering markers as the document's structure sees them
/// (`Document.structure`), at the levels named in `levels` (一、 （一） 1. （1） 一是 第一，; all by
/// default).
///
/// - `check: sequence`: a run whose numbers skip or repeat. One finding at the first item where
///   the run breaks; its fix renumbers that item and the rest of the run.
/// - `check: form`: a marker not written the standard way (（一）、 (一) 一. 1、 1） 一是，); the fix
///   writes the standard form.
/// - `check: mixed`: one level written in more than one form in one document; one finding per
///   level, at the first marker that differs from the first form used.
public final class NumberingRule: Rule {
  public static let kind = "numbering"

  enum Check: String, CaseIterable {
    case sequence
    case form
    case mixed
  }

  public let descriptor: RuleDescriptor
  let check: Check
  /// Whether the rule checks a level (named in `levels`), by raw value: asked of every marker and
  /// run, where a set's hashing cost more.
  private let isChecked: [Bool]

  public init(definition: RuleDefinition) throws(RuleLoadError) {
    descriptor = definition.descriptor
    let fields = definition.fields
    check = try fields.choice("check")
    var levels = Set(MarkerLevel.allCases)
    if let names = try fields.strings("levels") {
      levels = []
      for name in names {
        guard let level = MarkerLevel(name: name) else {
          throw fields.error(
            "level “\(name)” is not one of \(MarkerLevel.allCases.map(\.name).joined(separator: " "))",
            at: fields.value("levels"))
        }
        levels.insert(level)
      }
    }
    isChecked = (0...MarkerLevel.allCases.count).map { MarkerLevel(rawValue: $0).map(levels.contains) ?? false }
    let provided: Set<String> =
      switch check {
      case .sequence: ["match", "expected", "level"]
      case .form: ["match", "replacement", "level"]
      case .mixed: ["match", "forms", "level"]
      }
    try descriptor.message.validate(known: { provided.contains($0) }, fields: fields)
    try definition.rejectUnknownKeys()
  }

  public func check(_ document: Document, context: LintContext, into findings: inout [Diagnostic]) throws {
    let structure = document.structure(runInHits: context.runInHits)
    switch check {
    case .sequence:
      for index in structure.runs.indices where isChecked[structure.runs[index].level.rawValue] {
        if let finding = sequenceBreak(structure.runs[index], document) { findings.append(finding) }
      }
    case .form:
      for index in structure.markers.indices {
        let marker = structure.markers[index]
        if isChecked[marker.level.rawValue] && !marker.isStandardForm { findings.append(form(marker, document)) }
      }
    case .mixed: mixedForms(structure.markers, document, into: &findings)
    }
  }

  private func sequenceBreak(_ run: MarkerRun, _ document: Document) -> Diagnostic? {
    guard let first = run.firstBreak else { return nil }
    let marker = run.items[first]
    let expected = run.expectedNumber(at: first)
    var finding = diagnostic(marker.range) { name in
      switch name {
      case "match": return document.string(marker.range)
      case "expected": return marker.text(renumberedTo: expected, in: document)
      case "level": return run.level.name
      default: return nil
      }
    }
    let edits = run.items.indices[first...].compactMap { index -> Edit? in
      let number = run.expectedNumber(at: index)
      guard run.items[index].number != number else { return nil }
      return Edit(range: run.items[index].numeralRange, replacement: run.level.numeral(number))
    }
    finding.fix = Fix(edits: edits, safety: descriptor.fixSafety)
    return finding
  }

  private func form(_ marker: Marker, _ document: Document) -> Diagnostic {
    diagnostic(
      marker.range,
      values: { name in
        switch name {
        case "match": return document.string(marker.range)
        case "level": return marker.level.name
        default: return nil
        }
      }, replacement: marker.level.marker(marker.number))
  }

  private func mixedForms(_ markers: [Marker], _ document: Document, into findings: inout [Diagnostic]) {
    // Most documents write each level one way: a pass comparing each marker with the first of
    // its level says so without a list of forms (10 MB: 2,455 of the list's growths, 3 million
    // instructions for the check).
    guard hasMixedForms(markers) else { return }
    // One pass over the markers for all levels, rather than a filtered copy of them per level:
    // each level's forms in order of first use, in one list (one allocation a document).
    var forms: [(level: MarkerLevel, form: String)] = []
    for index in markers.indices where isChecked[markers[index].level.rawValue] {
      let level = markers[index].level
      let form = markers[index].form
      if !forms.contains(where: { $0.level == level && $0.form == form }) { forms.append((level, form)) }
    }
    for level in MarkerLevel.allCases {
      // The level's forms are listed only when it has more than one, which few documents do:
      // listed for every level with a marker, they were two allocations each (10 MB: half of
      // the check's 6.7 million instructions).
      guard let first = forms.firstIndex(where: { $0.level == level }),
        forms[(first + 1)...].contains(where: { $0.level == level })
      else { continue }
      let forms = forms.filter { $0.level == level }.map(\.form)
      guard let odd = markers.first(where: { $0.level == level && $0.form != forms[0] }) else { continue }
      findings.append(
        diagnostic(odd.range) { name in
          switch name {
          case "match": return document.string(odd.range)
          case "forms": return forms.map { "“\($0)”" }.joined(separator: "")
          case "level": return level.name
          default: return nil
          }
        })
    }
  }

  /// Whether a checked level's markers are written in more than one form.
  private func hasMixedForms(_ markers: [Marker]) -> Bool {
    // The index of each level's first marker (by raw value), -1 before it.
    withUnsafeTemporaryAllocation(of: Int.self, capacity: isChecked.count) { first in
      first.initialize(repeating: -1)
      for index in markers.indices where isChecked[markers[index].level.rawValue] {
        let level = markers[index].level.rawValue
        if first[level] < 0 {
          first[level] = index
        } else if markers[index].form != markers[first[level]].form {
          return true
        }
      }
      return false
    }
  }
}
