import ReportLintCore
import XCTest

@testable import reportlint

final class OutputFormatTests: XCTestCase {
  /// A format names its streaming reporter itself (no cast at run time): it must do so exactly for
  /// the reporters that stream, and hand back the same reporter both ways.
  func testStreamingReporterIsGivenExactlyForStreamingReporters() {
    for format in OutputFormat.allCases {
      let (reporter, streaming) = format.reporters()
      XCTAssertEqual(streaming != nil, reporter is StreamingReporter, format.rawValue)
      if let streaming { XCTAssertEqual("\(type(of: streaming))", "\(type(of: reporter))", format.rawValue) }
    }
  }

  /// The streaming lint writes the separator before the second file once and reuses it for
  /// every later file: each streaming reporter's must not depend on the index past the first.
  func testSeparatorIsTheSameAfterTheFirstFile() {
    for format in OutputFormat.allCases {
      guard let streaming = format.reporters().streaming else { continue }
      var second: [UInt8] = []
      streaming.separator(beforeFile: 1, into: &second)
      for index in [2, 3, 10, 64, 65, 4_999] {
        var later: [UInt8] = []
        streaming.separator(beforeFile: index, into: &later)
        XCTAssertEqual(later, second, "\(format.rawValue) \(index)")
      }
    }
  }
}
