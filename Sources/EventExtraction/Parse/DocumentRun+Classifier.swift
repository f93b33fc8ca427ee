import ActorLexicon
import EventOntology
import Syntax

extension DocumentRun {
    /// Types the classifier may code without a second party in the sentence.
    static let domesticClassifierTypes: Set<EventType> = [.protest, .concede, .coerce, .assault, .mobilize]

    /// Reporting verbs whose complement, not the verb, holds the sentence's act ("X said Y had done Z").
    static let sentenceReportingVerbs: Set<String> = ["say", "tell", "add", "state", "note", "write", "report"]

    /// Asks the event-type classifier (``EventTypeModel``) about a sentence the rules and dictionaries coded
    /// nothing in (`drafts` is empty) and that names an actor: a type that leads the runner-up by
    /// ``EventTypeModel/minimumMargin`` becomes an event (`codeByClassifier`). Events the rules coded are left
    /// as they are.
    mutating func classify(
        _ parse: ParseView, analyzed: AnalyzedSentence, drafts range: Range<Int>, view: SentenceView,
        modality detector: ModalityDetector, dater: EventDater, reporter: (Int) -> (actor: ActorID?, attributed: Bool)
    ) {
        guard range.isEmpty, let model = extractor.typeModel, !view.mentions.isEmpty else { return }
        let (predicted, margin) = model.classify(EventTypeFeatures.features(of: [analyzed]))
        guard let type = predicted, margin >= EventTypeModel.minimumMargin,
              let code = CAMEOCodebook.bundled.entry(EventTypeModel.generalCode(of: type))
        else { return }
        codeByClassifier(code, parse: parse, view: view, modality: detector, dater: dater,
                         reporter: reporter)
    }

    /// Codes the main event of a sentence as CAMEO code `code`, the classifier's type.
    ///
    /// The act is the root verb, or the complement of a reporting root ("…, the minister said"); its source is
    /// the verb's subject or a passive's agent (through the parse's dyad; without one, no event); its target the
    /// verb's object or oblique actor, else the first other actor of the sentence that is not the source's own
    /// organ, else, for acts often domestic (`domesticClassifierTypes`), the domestic target later steps find.
    /// The event is emitted as the parse's own codings are (`emitParseEvents`: attribution, modality, date).
    private mutating func codeByClassifier(
        _ code: CAMEOCode, parse: ParseView, view: SentenceView,
        modality detector: ModalityDetector, dater: EventDater, reporter: (Int) -> (actor: ActorID?, attributed: Bool)
    ) {
        guard var verb = parse.words.firstIndex(where: { $0.deprel == "root" }) else { return }
        if Self.sentenceReportingVerbs.contains(parse.lemmas[verb]),
           let content = (parse.dependents(verb, "ccomp") + parse.dependents(verb, "parataxis")).first
        {
            verb = content
        }
        guard let t = parse.tokenOfWord[verb], view.timexAt[t] == nil, view.mentionAt[t] == nil else { return }
        let (subjectMentions, objectMentions, passive) = dyad(of: verb, in: parse, cues: Self.cameoTargetCues)
        let actor = { (mention: Int) in view.mentions[mention].mention.actor }
        // An act needs its agent: the verb's subject (or a passive's agent), not any actor the sentence names.
        guard let source = subjectMentions.first.map(actor) else { return }
        let target = objectMentions.map(actor).first { !isSelfLoop(source, $0) }
            ?? view.mentions.indices.map(actor).first { !isSelfLoop(source, $0) }
        // Without a second party only acts that are often domestic stand, and only where a domestic target is
        // found for them (`assignDomesticTargets`).
        guard target != nil || Self.domesticClassifierTypes.contains(code.type) else { return }
        let before = drafts.count
        let coding = ParseCoding(code: code, sources: subjectMentions, targets: objectMentions, passive: passive)
        emitParseEvents(verb: verb, token: t, coding: coding, sources: subjectMentions, sourceActors: [source], targetActors: target.map { [$0] } ?? [],
                        single: true, parse: parse, view: view, detector: detector, dater: dater, reporter: reporter)
        for index in before..<drafts.count { drafts[index].domesticOnly = target == nil }
    }
}
