/// `--format junit`: JUnit XML for CI test dashboards (GitLab, Jenkins, Azure). One `<testsuite>`
/// per file; one `<testcase>` per rule that fired, failing with every finding of that rule; a
/// file with no findings gets one passing test case, so the dashboard shows it as checked.
public struct JUnitReporter: Reporter {
  public static let identifier = "junit"

  public init() {}

  public func report(_ files: [FileReport]) -> String {
    var suites = ""
    var totalTests = 0
    var totalFailures = 0
    for file in files {
      let located = file.located
      var ruleOrder: [String] = []
      var byRule: [String: [LocatedDiagnostic]] = [:]
      for finding in located {
        if byRule[finding.diagnostic.ruleID] == nil { ruleOrder.append(finding.diagnostic.ruleID) }
        byRule[finding.diagnostic.ruleID, default: []].append(finding)
      }
      let path = XMLText.escape(file.path)
      var cases = ""
      for rule in ruleOrder.sorted() {
        let findings = byRule[rule]!
        let worst = findings.map(\.diagnostic.severity).max()!
        let body = findings.map {
          "\(file.path):\($0.start.line):\($0.start.column): \($0.diagnostic.severity.rawValue): \($0.diagnostic.message)"
        }.joined(separator: "\n")
        cases += "    <testcase classname=\"\(path)\" name=\"\(XMLText.escape(rule))\">\n"
        cases += "      <failure type=\"\(worst.rawValue)\" message=\"\(XMLText.escape(findings[0].diagnostic.message))"
        cases += findings.count > 1 ? "（共 \(findings.count) 处）" : ""
        cases += "\">\(XMLText.escape(body))</failure>\n    </testcase>\n"
      }
      var errors = 0
      for problem in file.problems {
        errors += 1
        cases += "    <testcase classname=\"\(path)\" name=\"reportlint\">\n"
        cases += "      <error message=\"\(XMLText.escape(problem))\"/>\n    </testcase>\n"
      }
      if cases.isEmpty { cases = "    <testcase classname=\"\(path)\" name=\"reportlint\"/>\n" }
      let tests = max(1, ruleOrder.count + errors)
      totalTests += tests
      totalFailures += ruleOrder.count
      suites += "  <testsuite name=\"\(path)\" tests=\"\(tests)\" failures=\"\(ruleOrder.count)\""
      suites += " errors=\"\(errors)\">\n\(cases)  </testsuite>\n"
    }
    return XMLText.declaration
      + "<testsuites name=\"reportlint\" tests=\"\(totalTests)\" failures=\"\(totalFailures)\">\n"
      + suites + "</testsuites>\n"
  }
}
