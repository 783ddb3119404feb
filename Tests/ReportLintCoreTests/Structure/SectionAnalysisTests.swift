import XCTest

@testable import ReportLintCore

/// The title, kind and outline are worked out once per document and shared by every `sections`
/// rule; the title is found the same way whatever the line's BOM, line ending or indent.
final class SectionAnalysisTests: XCTestCase {
  static let sectionsRules = StructureTestSupport.rules.compactMap { $0 as? SectionsRule }

  func testRulesOfOnePackShareTheirKinds() {
    XCTAssertEqual(Self.sectionsRules.count, 7)
    let kinds = Self.sectionsRules[0].kinds
    XCTAssertTrue(Self.sectionsRules.allSatisfy { $0.kinds === kinds })
  }

  func testKindFromTitleWhateverTheLineLooksLike() {
    let body = "一、工作开展情况\n今年以来扎实推进。\n二、存在的问题\n创新不够。\n三、下步工作打算\n持续用力。"
    let titles: [(String, String?)] = [
      ("关于上半年工作情况的汇报\n", "汇报"),
      ("\u{FEFF}关于上半年工作情况的汇报\n", "汇报"),
      ("关于上半年工作情况的汇报\r\n", "汇报"),
      ("\u{3000}\u{3000}关于上半年工作情况的汇报\u{3000}\n", nil),  // the title pattern wants 汇报 at the end
      ("\u{3000}\u{3000}关于调整机构设置的请示\n", "请示"),
      ("  关于上半年工作情况的汇报 \r\n", nil),
      ("关于上半年工作情况的汇报\n", "汇报"),
      ("政府工作报告\n", nil),
      ("各位代表：\n关于上半年工作情况的汇报\n", "汇报"),
      ("关于上半年工作情况的汇\u{301}报\n", nil),
      ("关于上半年工作情况，的汇报\n", nil),
      (String(repeating: "工作", count: 28) + "工的汇报\n", "汇报"),  // 60 characters
      (String(repeating: "工作", count: 28) + "工作的汇报\n", nil),  // 61
    ]
    let kinds = Self.sectionsRules[0].kinds
    for (title, expected) in titles {
      let document = Document(path: "x.txt", string: title + body.replacingOccurrences(of: "\n", with: title.hasSuffix("\r\n") ? "\r\n" : "\n"))
      let analysis = document.sections(under: kinds, askedKind: nil)
      XCTAssertEqual(analysis.kind?.name, expected, title.debugDescription)
      XCTAssertEqual(analysis.outline == nil, expected == nil, title.debugDescription)
    }
  }

  func testOneAnalysisPerKindAsked() {
    let document = Document(path: "x.txt", string: "今年以来，我们扎实推进各项工作。\n一、加强领导\n成立专班。\n二、存在的问题\n创新不够。")
    let kinds = Self.sectionsRules[0].kinds
    XCTAssertNil(document.sections(under: kinds, askedKind: nil).kind)
    XCTAssertEqual(document.sections(under: kinds, askedKind: "汇报").kind?.name, "汇报")
    XCTAssertEqual(document.sections(under: kinds, askedKind: "汇报").outline?.found.map(\.section), [0, 1])
    XCTAssertNil(document.sections(under: kinds, askedKind: "none").kind)
    XCTAssertNil(document.sections(under: kinds, askedKind: nil).kind)
  }
}
