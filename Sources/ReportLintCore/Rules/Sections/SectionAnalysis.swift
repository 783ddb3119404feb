/// What the `sections` rules need to know about one document: its title, its kind and where its
/// parts are. Worked out once per document (and set of kinds, and `kind:` asked for) and shared
/// by the seven rules, which used to find the title, the kind and the outline each on its own.
///
/// A class: each rule is handed it, and as a struct every hand-over retained and released each
/// of the kind's and the outline's arrays.
final class SectionAnalysis: Sendable {
  /// The title paragraph's line: never a part, a heading or the body.
  let titleLine: Int?
  /// The kind the rules apply, or nil: no section rules.
  let kind: DocumentKind?
  /// Where the kind's parts are; nil when there is no kind.
  let outline: SectionOutline?

  /// `literalHits`: the shared scan's hits of `kinds.sectionLiterals`, or nil.
  init(_ document: Document, kinds: DocumentKinds, askedKind: String?, literalHits: LiteralHitList?) {
    let title = DocumentKind.titleParagraph(of: document)
    titleLine = title?.line
    kind = kinds.kind(askedFor: askedKind, title: title, in: document)
    outline = kind.map { kind in
      SectionOutline(
        document, kind: kind, titleLine: title?.line, literalHits: literalHits, masks: kinds.literalMasks(of: kind))
    }
  }
}
