/// Applies fixes to a fixed point: lint, take the admitted fixes whose edits do not overlap a fix
/// already taken, apply them, lint again, and repeat until a pass changes nothing, a pass brings
/// back an earlier text (rules that fight), or the pass limit is reached.
///
/// The fixer knows nothing of rules or configuration: `check` is whatever lints a document (a
/// whole `LintSession`, or one rule for its examples), so every caller fixes the same way.
public struct Fixer {
  public typealias Check = (Document) throws -> [Diagnostic]

  public var options: FixOptions
  let check: Check

  public init(options: FixOptions = FixOptions(), check: @escaping Check) {
    self.options = options
    self.check = check
  }

  public func fix(_ document: Document) throws -> FixOutcome {
    var current = document
    var applied: [AppliedFix] = []
    // The text before each pass, and the rules each pass applied: a repeat of an earlier text
    // names the rules applied since then.
    var history: [[UInt8]] = [document.text]
    var rulesByPass: [Set<String>] = []
    var warning: FixWarning?

    while true {
      let pass = rulesByPass.count + 1
      let taken = select(try check(current).filter(options.admits), in: current)
      if taken.isEmpty { break }
      if pass > options.maximumPasses {
        warning = .didNotSettle(passes: options.maximumPasses)
        break
      }
      let edits = taken.flatMap { Self.edits(of: $0, lineEnding: current.source.lineEnding) }
      let text = EditApplier.apply(edits, to: current.text).text
      if text == current.text { break }
      applied += taken.map { AppliedFix(diagnostic: $0, location: current.location(of: $0.range.lowerBound), pass: pass) }
      rulesByPass.append(Set(taken.map(\.ruleID)))
      current = Document(path: current.path, text: text, source: current.source, format: current.format)
      if let earlier = history.firstIndex(of: text) {
        warning = .rulesFight(rulesByPass[earlier...].reduce(into: Set<String>()) { $0.formUnion($1) }.sorted())
        break
      }
      history.append(text)
    }
    return FixOutcome(
      original: document, document: current, applied: applied, passes: rulesByPass.count, warning: warning)
  }

  /// The fixes to apply in one pass, whole or not at all: a fix with several edits (an inner
  /// pair of marks) must not be half applied. In text order, a fix is taken when none of its
  /// edits overlaps an edit already taken; the others wait for the next pass, where they are
  /// found again if still needed. A fix identical to one taken (two rules, one correction) is
  /// dropped without conflict.
  func select(_ diagnostics: [Diagnostic], in document: Document) -> [Diagnostic] {
    let ordered = diagnostics.enumerated().sorted {
      (Self.start(of: $0.element), $0.offset) < (Self.start(of: $1.element), $1.offset)
    }.map(\.element)
    var taken: [Diagnostic] = []
    var occupied = OccupiedRanges()
    var seen: Set<[Edit]> = []
    for diagnostic in ordered {
      let edits = diagnostic.fix!.edits
      guard edits.allSatisfy({ $0.range.lowerBound >= 0 && $0.range.upperBound <= document.text.count }),
        !seen.contains(edits), !edits.contains(where: occupied.conflicts)
      else { continue }
      seen.insert(edits)
      edits.forEach { occupied.insert($0.range) }
      taken.append(diagnostic)
    }
    return taken
  }

  static func start(of diagnostic: Diagnostic) -> Int {
    diagnostic.fix!.edits.map(\.range.lowerBound).min() ?? diagnostic.range.lowerBound
  }

  /// A fix's edits, with the line ends of its replacements written as the file writes them, so
  /// a CRLF file stays CRLF.
  static func edits(of diagnostic: Diagnostic, lineEnding: LineEnding) -> [Edit] {
    let edits = diagnostic.fix!.edits
    guard lineEnding == .crlf else { return edits }
    return edits.map { edit in
      guard edit.replacement.contains("\n") else { return edit }
      let normalized = edit.replacement.replacingOccurrences(of: "\r\n", with: "\n")
        .replacingOccurrences(of: "\n", with: "\r\n")
      return Edit(range: edit.range, replacement: normalized)
    }
  }
}
