/// A decoded text file: UTF-8 bytes (no BOM; line ends kept as they were), how it was stored,
/// and the index that turns byte offsets into lines and columns.
///
/// Immutable, so one document may be read by every rule.
public final class Document: Sendable {
  /// The path as the user gave it (or the stdin file name).
  public let path: String
  /// The text as UTF-8, byte for byte what the file says after decoding. Always valid UTF-8
  /// (`SourceLoader` checks it, a Swift string guarantees it): rules match it with PCRE2's UTF
  /// check turned off.
  public let text: [UInt8]
  public let source: SourceEncoding
  public let format: DocumentFormat
  public let lineIndex: LineIndex
  /// Byte ranges no rule looks at (Markdown code), sorted.
  public let ignoredRanges: [ByteRange]
  /// False only when the text is known to hold no four-byte character (U+10000 and up): the
  /// loader's UTF-8 check finds out on the way. The repetition rule's byte filter then skips its
  /// test for them at every step (10 MB corpus: 1.5 of its 29 million instructions).
  let hasFourByteCharacters: Bool
  private let structureCache = StructureCache()
  /// The scalars and protected ranges every `redact` rule reads, built by the first and kept.
  let redactionCache = RedactionAnalysisCache()

  /// Paragraphs, headings and numbering markers, built on first use and kept.
  public var structure: DocumentStructure { structureCache.structure(of: self) }

  /// `structure`, built (if this is its first use) with the shared scan's hits of
  /// `MarkerScanner.runInLiterals` locating the run-in markers.
  func structure(runInHits: LiteralHitList?) -> DocumentStructure {
    structureCache.structure(of: self, runInHits: runInHits)
  }

  /// The same text as a new document, with nothing worked out yet: comparing two ways of
  /// linting (with the shared scan and without) needs one each, since a document caches its
  /// section outline, which the scan's hits speed up, and the second lint would reuse the first's.
  func uncachedCopy() -> Document {
    Document(path: path, text: text, source: source, format: format)
  }

  /// The title, kind and outline the `sections` rules work from, built on first use and kept.
  func sections(
    under kinds: DocumentKinds, askedKind: String?, literalHits: LiteralHitList? = nil, runInHits: LiteralHitList? = nil
  ) -> SectionAnalysis {
    structureCache.sections(
      of: self, kinds: kinds, askedKind: askedKind, literalHits: literalHits, runInHits: runInHits)
  }

  public convenience init(
    path: String, text: [UInt8], source: SourceEncoding = .utf8, format: DocumentFormat? = nil
  ) {
    self.init(path: path, text: text, source: source, format: format, lineIndex: LineIndex(text: text))
  }

  /// A document whose line index is already built (its line ends classified the source's);
  /// `hasFourByteCharacters` as the text's check found (true when not known).
  init(
    path: String, text: [UInt8], source: SourceEncoding, format: DocumentFormat?, lineIndex: LineIndex,
    hasFourByteCharacters: Bool = true
  ) {
    assert(
      { () -> Bool in
        let check = Transcoder.checkUTF8(text[...])
        return check.isValid && (hasFourByteCharacters || !check.hasFourByteCharacters)
      }(), "a Document's text must be valid UTF-8, with its four-byte characters known")
    self.hasFourByteCharacters = hasFourByteCharacters
    self.path = path
    self.text = text
    self.source = source
    let format = format ?? DocumentFormat.forPath(path)
    self.format = format
    self.lineIndex = lineIndex
    ignoredRanges = format == .markdown ? MarkdownScanner.codeRanges(in: text, lines: lineIndex) : []
  }

  /// A document from a Swift string (for stdin and tests).
  public convenience init(path: String, string: String, format: DocumentFormat? = nil) {
    let bytes = Array(string.utf8)
    let lines = LineIndex(text: bytes)
    self.init(
      path: path, text: bytes,
      source: SourceEncoding(
        encoding: .utf8, hasByteOrderMark: false, lineEnding: .detect(in: bytes, lineStarts: lines.lineStarts)),
      format: format, lineIndex: lines)
  }

  /// The text of a byte range.
  public func string(_ range: ByteRange) -> String {
    String(decoding: text[range], as: UTF8.self)
  }

  /// Whether a range touches ignored text (code in Markdown).
  public func isIgnored(_ range: ByteRange) -> Bool {
    ignoredRanges.contains { $0.overlaps(range) || ($0.contains(range.lowerBound)) }
  }

  public func location(of offset: Int) -> SourceLocation { lineIndex.location(of: offset) }
}
