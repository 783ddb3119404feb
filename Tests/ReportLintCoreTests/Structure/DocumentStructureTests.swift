import XCTest
@testable import ReportLintCore

final class DocumentStructureTests: XCTestCase {
  func testCompleteReport() throws {
    let structure = try StructureTestSupport.document("Fixtures/seeds/002.txt").structure
    let chapters = structure.markers.filter { $0.level == .chapter }
    XCTAssertEqual(chapters.map(\.number), [1, 2, 3])
    XCTAssertEqual(chapters.map(\.line), [4, 10, 12])
    // The 一是…五是 lines of part one form one run; the 一是… inside 三是, 四是 and 五是 their own runs.
    let enumerators = structure.runs.filter { $0.level == .enumerator }
    XCTAssertTrue(enumerators.contains { $0.items.map(\.number) == [1, 2, 3, 4, 5] && $0.items.allSatisfy(\.isLineStart) })
    XCTAssertTrue(enumerators.allSatisfy { $0.firstBreak == nil })
    XCTAssertEqual(structure.paragraphs.first?.line, 1)
  }

  func testReportWithoutProblemsSection() throws {
    let structure = try StructureTestSupport.document("Fixtures/seeds/000.txt").structure
    XCTAssertEqual(structure.markers.filter { $0.level == .chapter }.map(\.number), [1, 2, 3])
    XCTAssertTrue(structure.runs.allSatisfy { $0.firstBreak == nil })
  }

  func testReportWithProblemsInAParagraph() throws {
    let structure = try StructureTestSupport.document("Fixtures/seeds/003.txt").structure
    let sections = structure.runs.filter { $0.level == .section }
    XCTAssertEqual(sections.map { $0.items.count }, [7, 6])
    XCTAssertTrue(structure.runs.allSatisfy { $0.firstBreak == nil })
    XCTAssertNil(structure.paragraph(atLine: 10)?.marker)
  }

  func testMarkerVariantsAreRecognisedAtTheirLevel() {
    let document = Document(path: "x.txt", string: "一.甲\n一，乙\n（一）、丙\n(一)丁\n1、戊\n1）己\n（1）、庚\n1.辛")
    let found = document.structure.markers.map { "\($0.level.name) \($0.form)" }
    XCTAssertEqual(found, ["一、 一.", "一、 一，", "（一） （一）、", "（一） (一)", "1. 1、", "（1） 1）", "（1） （1）、", "1. 1."])
  }

  /// `name` is looked up from a table made at start; it must stay each level's form for 1.
  func testLevelNamesAreTheirStandardMarkerForOne() {
    XCTAssertEqual(MarkerLevel.allCases.map(\.name), ["一、", "（一）", "1.", "（1）", "一是", "第一，"])
  }

  func testMarkdownCodeIsLeftOut() throws {
    let structure = try StructureTestSupport.document("Fixtures/structure/traps.md").structure
    XCTAssertEqual(structure.markers.map(\.line), [1, 9, 11])
    XCTAssertEqual(structure.paragraphs.first?.markdownLevel, 1)
  }

  /// A run-in marker counts only on a line that is a paragraph: not on one left out for its
  /// inline code, though the marker itself is outside the code (the markers are matched to
  /// paragraphs as they come, and one must not go to the next paragraph instead).
  func testRunInMarkersOnALineLeftOutAreNotCounted() {
    let text = "标题\n\n说明`x`，一是甲；二是乙\n　　三是丙；四是丁\n\n第五，戊\n"
    let structure = Document(path: "x.md", string: text).structure
    XCTAssertEqual(structure.paragraphs.map(\.line), [1, 4, 6])
    XCTAssertEqual(structure.markers.map(\.line), [4, 4, 6])
    XCTAssertEqual(structure.markers.map(\.number), [3, 4, 5])
    XCTAssertEqual(structure.markers.map(\.isLineStart), [true, false, true])
  }
}
