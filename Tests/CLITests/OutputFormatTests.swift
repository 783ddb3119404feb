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
}
