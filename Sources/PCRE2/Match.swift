/// One match: UTF-8 byte ranges of the whole match and of each capture group.
public struct Match: Sendable, Hashable {
  /// Group 0 is the whole match; a group that did not take part is `nil`.
  public let groups: [Range<Int>?]

  public init(groups: [Range<Int>?]) {
    precondition(!groups.isEmpty && groups[0] != nil, "a match always has group 0")
    self.groups = groups
  }

  /// The byte range of the whole match.
  public var range: Range<Int> { groups[0]! }

  /// The byte range of capture group `index`, or `nil` when it did not take part or does not exist.
  public subscript(group index: Int) -> Range<Int>? {
    index < groups.count ? groups[index] : nil
  }
}
