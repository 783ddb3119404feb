import XCTest

@testable import ReportLintCore

final class HugePagesTests: XCTestCase {
  /// A table of a huge page or more gets its own mapping, aligned to a huge page, zeroed and
  /// writable to its last byte; a smaller one gets none (it stays with the allocator).
  func testMapping() throws {
    XCTAssertNil(HugePages.map(bytes: HugePages.size - 1))
    #if os(Linux)
      let bytes = HugePages.size * 2 + 12_345
      let mapping = try XCTUnwrap(HugePages.map(bytes: bytes))
      defer { HugePages.unmap(mapping) }
      XCTAssertEqual(Int(bitPattern: mapping.start) % HugePages.size, 0)
      XCTAssertGreaterThanOrEqual(mapping.start, mapping.base)
      XCTAssertLessThanOrEqual(mapping.start + bytes, mapping.base + mapping.length)
      let memory = mapping.start.bindMemory(to: UInt8.self, capacity: bytes)
      XCTAssertTrue(UnsafeBufferPointer(start: memory, count: bytes).allSatisfy { $0 == 0 })
      memory[bytes - 1] = 7
      XCTAssertEqual(memory[bytes - 1], 7)
    #endif
  }
}
