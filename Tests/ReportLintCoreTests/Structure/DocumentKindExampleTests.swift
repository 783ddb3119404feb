import XCTest

@testable import ReportLintCore

final class DocumentKindExampleTests: XCTestCase {
  // A document kind whose example title its own pattern does not recognise is a load error.
  func testKindExamplesAreCheckedAtLoad() {
    let rule = RuleSource.builtin.files["structure/missing-section.yml"]!
    func load(_ kind: String) -> [RuleLoadError] {
      RulePackLoader.load([RuleSource(root: "t", files: ["s/missing-section.yml": rule, "s/kinds/k.yml": kind])]).errors
    }
    let base = "names: [报告]\ntitle: ['的报告$']\n"
    XCTAssertEqual(load(base + "examples: {titles: [关于整改情况的报告], not-titles: [政府工作报告]}\n").map(\.description), [])
    XCTAssertTrue(load(base + "examples: {titles: [政府工作报告]}\n").first?.message.contains("not recognised") == true)
    XCTAssertTrue(load(base + "examples: {titles: [关于整改情况的报告], not-titles: [关于整改的报告]}\n").first?.message.contains("not-titles") == true)
    XCTAssertTrue(load(base).first?.message.contains("examples") == true)
  }
}
