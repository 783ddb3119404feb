import XCTest

@testable import ReportLintCore

/// Precision and recall of the redactor per category over Fixtures/redaction/eval.tsv, printed in
/// the test output. A gold unit is a run of characters the expected text masks; it is recalled when
/// every character of it is masked. A predicted unit is a run the redactor masks; it is precise when
/// every character of it is masked in the expected text. Recall matters most (a leak is worse than an
/// extra mask), but negatives count against precision: masking 三个导向 or 2023年 is useless.
final class RedactionEvaluationTests: XCTestCase {
  struct Tally {
    var gold = 0, recalled = 0, predicted = 0, precise = 0
    var recall: Double { gold == 0 ? 1 : Double(recalled) / Double(gold) }
    var precision: Double { predicted == 0 ? 1 : Double(precise) / Double(predicted) }
  }

  func testPerCategoryPrecisionAndRecall() throws {
    let table = try String(contentsOf: RedactionTesting.fixtures.appendingPathComponent("eval.tsv"), encoding: .utf8)
    var tallies: [String: Tally] = [:]
    var exactRows = 0
    var rows = 0
    var negativeRowsTouched: [String] = []
    var misses: [String] = []
    for line in table.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 3 else { continue }
      let (category, input, expected) = (fields[0], fields[1], fields[2])
      rows += 1
      let document = Document(path: "eval.txt", string: input)
      let spans = try RedactionTesting.redactor.spans(in: document)
      let output = String(decoding: EditApplier.apply(spans.map { Edit(range: $0.range, replacement: $0.replacement) }, to: document.text).text, as: UTF8.self)
      let collapse = { (text: String) in text.replacingOccurrences(of: #"\*+"#, with: "*", options: .regularExpression) }
      if collapse(output) == collapse(expected) { exactRows += 1 } else { misses.append("\(category): \(output)  ≠  \(expected)") }
      let gold = try XCTUnwrap(RedactionTesting.maskedRanges(original: input, masked: expected), "row does not align: \(input)")
      let goldCharacters = Set(gold.flatMap { Array($0) })
      let predicted = RedactionTesting.predicted(spans, in: document)
      let predictedCharacters = Set(predicted.flatMap { Array($0.range) })
      for range in gold {
        tallies[category, default: Tally()].gold += 1
        if range.allSatisfy(predictedCharacters.contains) { tallies[category, default: Tally()].recalled += 1 }
      }
      for item in predicted {
        tallies[item.category.rawValue, default: Tally()].predicted += 1
        if item.range.allSatisfy(goldCharacters.contains) { tallies[item.category.rawValue, default: Tally()].precise += 1 }
      }
      if category == "negative" && !spans.isEmpty { negativeRowsTouched.append(output) }
    }
    var report = "\nRedaction evaluation (Fixtures/redaction/eval.tsv, \(rows) rows)\n"
    report += "category   gold  recall    predicted  precision\n"
    for (category, tally) in tallies.sorted(by: { $0.key < $1.key }) where category != "negative" {
      report += category.padding(toLength: 10, withPad: " ", startingAt: 0)
        + String(format: " %4d  %6.1f%%   %9d  %8.1f%%\n", tally.gold, tally.recall * 100, tally.predicted, tally.precision * 100)
    }
    let all = tallies.values.reduce(into: Tally()) {
      $0.gold += $1.gold; $0.recalled += $1.recalled; $0.predicted += $1.predicted; $0.precise += $1.precise
    }
    report += String(format: "all        %4d  %6.1f%%   %9d  %8.1f%%\n", all.gold, all.recall * 100, all.predicted, all.precision * 100)
    report += "rows equal to the expected text (runs of * collapsed): \(exactRows)/\(rows)\n"
    report += "negative rows touched: \(negativeRowsTouched.count)\n"
    report += (misses.map { "  differs: \($0)" } + negativeRowsTouched.map { "  negative masked: \($0)" }).joined(separator: "\n")
    print(report)

    // Floors a little under what was measured, so a regression fails; raise them as detectors improve.
    for category in ["count", "amount", "percent", "date", "idcard", "phone", "uscc", "bankcard", "email", "plate"] {
      XCTAssertGreaterThanOrEqual(tallies[category]?.recall ?? 0, 0.95, "recall of \(category)")
    }
    XCTAssertGreaterThanOrEqual(tallies["place"]?.recall ?? 0, 0.85, "recall of place")
    XCTAssertGreaterThanOrEqual(tallies["org"]?.recall ?? 0, 0.85, "recall of org")
    XCTAssertGreaterThanOrEqual(tallies["person"]?.recall ?? 0, 0.75, "recall of person")
    XCTAssertGreaterThanOrEqual(all.precision, 0.9, "overall precision")
    XCTAssertLessThanOrEqual(negativeRowsTouched.count, 1, "negative rows must stay as they are")
  }
}
