/// `--format checkstyle`: the checkstyle XML that reviewdog (`-f=checkstyle`), Jenkins' Warnings
/// plugin and many code-review bots read. One `<file>` per linted file, one `<error>` per finding;
/// `source` is the rule id.
public struct CheckstyleReporter: Reporter {
  public static let identifier = "checkstyle"

  public init() {}

  public func report(_ files: [FileReport]) -> String {
    var output = XMLText.declaration + "<checkstyle version=\"4.3\">\n"
    for file in files {
      output += "  <file name=\"\(XMLText.escape(file.path))\">\n"
      for located in file.located {
        let diagnostic = located.diagnostic
        output += "    <error line=\"\(located.start.line)\" column=\"\(located.start.column)\""
        output += " severity=\"\(diagnostic.severity.rawValue)\""
        output += " message=\"\(XMLText.escape(diagnostic.message))\""
        output += " source=\"\(XMLText.escape(diagnostic.ruleID))\"/>\n"
      }
      for problem in file.problems {
        output += "    <error severity=\"error\" message=\"\(XMLText.escape(problem))\" source=\"reportlint\"/>\n"
      }
      output += "  </file>\n"
    }
    return output + "</checkstyle>\n"
  }
}
