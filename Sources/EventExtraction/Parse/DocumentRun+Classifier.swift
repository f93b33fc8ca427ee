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
              let code = model.defaultCodes[type].flatMap({ CAMEOCodebook.bundled.entry($0) })
        else { return }
        codeByClassifier(code, parse: parse, view: view, modality: detector, dater: dater,
                         reporter: reporter)
    }

    /// Codes the main event of a sentence as CAMEO code `code`, the classifier's type.
    ///
    /// The act is the root verb, or the complement of a reporting root ("…, the minister said"); its source is
    /// the verb's subject or a passive's agent (through the parse's dyad; without one, no event); its target the
    /// verb's object or oblique actor, else the first other actor of the sentence that is not the source's own
    /// organ, else, for acts often domestic (`domesticClassifierTypes`), the domestic target later steps find. The event has the code's Goldstein value (and
    /// no mode), and the modality, date and attribution of the anchor verb.
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
        let (subjectMentions, objectMentions, _) = dyad(of: verb, in: parse, cues: Self.cameoTargetCues)
        let actor = { (mention: Int) in view.mentions[mention].mention.actor }
        // An act needs its agent: the verb's subject (or a passive's agent), not any actor the sentence names.
        guard let source = subjectMentions.first.map(actor) else { return }
        let target = objectMentions.map(actor).first { !isSelfLoop(source, $0) }
            ?? view.mentions.indices.map(actor).first { !isSelfLoop(source, $0) }
        // Without a second party only acts that are often domestic stand, and only where a domestic target is
        // found for them (`assignDomesticTargets`).
        guard target != nil || Self.domesticClassifierTypes.contains(code.type) else { return }
        var attribution = reporter(t)
        if !attribution.attributed, let frame = reportingFrame(of: verb, in: parse), let speaker = frame.speakers.first {
            attribution = (actor(speaker), true)
        }
        let subjectStart = subjectMentions.first.map { view.mentions[$0].first }
        var (modality, tense) = detector.analyse(t, subjectStart: subjectStart, attributed: attribution.attributed, isNoun: false)
        if modality == .asserted, parse.dependents(verb, "advmod").contains(where: { ["not", "never"].contains(parse.lemmas[$0]) }) {
            modality = .negated
        }
        if modality != .negated, parse.isConditioned(verb) || parse.isOpenQuestion(verb) { modality = .hypothetical }
        let event = Event(
            id: EventID(rawValue: ""), type: code.type, mode: nil, cameo: code.code, goldstein: code.goldstein,
            source: source, target: target, sourceCountry: actorsByID[source]?.country,
            targetCountry: target.flatMap { actorsByID[$0]?.country }, trigger: view.tokens[t].text,
            date: dater.date(trigger: t, modality: modality, tense: tense), modality: modality,
            attribution: attribution.actor == source ? nil : attribution.actor,
            evidence: Evidence(document: document.document.id, sentence: view.sentence.index, span: view.sentence.span,
                               text: view.sentence.text))
        drafts.append(EventDraft(event: event, triggerStart: view.tokens[t].span.start, domesticOnly: target == nil))
    }
}
