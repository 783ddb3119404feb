/// Scalar values `first` through `last`, both included: a range of characters a pattern matches
/// (`Regex.basicPlaneScalarRanges`). Its own type, not `ClosedRange<UInt32>`: the generic range's
/// type is made at run time, checking that `UInt32` is `Comparable` by a search of every
/// conformance the process has, which took 0.3 of the 66 million instructions a start took.
public struct ScalarRange: Hashable, Sendable {
  public var first: UInt32
  public var last: UInt32

  public init(_ first: UInt32, _ last: UInt32) {
    self.first = first
    self.last = last
  }

  public func contains(_ value: UInt32) -> Bool { first <= value && value <= last }
}
