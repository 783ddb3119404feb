/// The exit statuses of the contract.
enum ExitStatus {
  static let clean: Int32 = 0
  static let findings: Int32 = 1
  static let usageOrIO: Int32 = 2
}
