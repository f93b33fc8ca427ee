import EventOntology

extension DocumentRun {
    /// Recodes an act that its source only declares itself ready for as CAMEO's intent to cooperate (03x,
    /// PLOVER AGREE): "Iran is ready to hold talks with the United States" is an intent to meet (036), not
    /// the talks; "willing to provide aid" an intent to give aid (033). The declaration is asserted, not
    /// future. Only acts of cooperation are recoded; "ready to strike" stays as the detectors coded it.
    mutating func recodeIntents(_ range: Range<Int>, parse: ParseView) {
        for index in range {
            let event = drafts[index].event
            guard [.verbalCooperation, .materialCooperation].contains(event.type.quadClass), event.type != .agree,
                  let word = parse.wordAtTokenStart[drafts[index].triggerStart],
                  Self.acceptedProposal(of: word, in: parse) || Self.intentHolder(of: word, in: parse).map({ holder in
                      Self.intentAdjectives.contains(parse.lemmas[holder]) || parse.forms[holder].lowercased() == "prepared"
                  }) == true,
                  let code = CAMEOCodebook.bundled.entry(Self.intentCodes[event.type] ?? "030")
            else { continue }
            drafts[index].recode(as: code)
            // The declaration is the event: it happened, though what it declares lies ahead.
            if event.modality == .future { drafts[index].event.modality = .asserted }
        }
    }

    /// The adjective whose infinitive complement `word` is ("ready *to hold* talks"), or the one governing the
    /// verb whose object `word` is ("ready to hold *talks*").
    static func intentHolder(of word: Int, in parse: ParseView) -> Int? {
        // "prepared to free …" read right to left when the parse lost it (the tagger took "free" for an
        // adjective): the intent word right before "to".
        if word >= 2, parse.forms[word - 1] == "to", intentAdjectives.contains(parse.forms[word - 2]) {
            return word - 2
        }
        var current = word
        for _ in 0..<2 {
            let head = parse.words[current].head - 1
            guard head >= 0 else { return nil }
            // "they were prepared to free …": the participle is tagged a verb.
            if parse.words[current].deprel == "xcomp",
               parse.words[head].upos == "ADJ" || parse.forms[head].lowercased() == "prepared"
            {
                return head
            }
            current = head
        }
        return nil
    }

    /// Whether `word` is the act of a proposal its source accepts: "accepted an invitation *to meet* Kim Jong Un"
    /// declares an intent to meet (036), as "is ready to meet" does.
    static func acceptedProposal(of word: Int, in parse: ParseView) -> Bool {
        guard parse.words[word].upos == "VERB", parse.words[word].deprel == "acl", parse.words[word].head > 0 else { return false }
        let proposal = parse.words[word].head - 1
        guard proposalNouns.contains(parse.lemmas[proposal]), parse.words[proposal].deprel == "obj",
              parse.words[proposal].head > 0
        else { return false }
        return ["accept", "welcome", "embrace", "take"].contains(parse.lemmas[parse.words[proposal].head - 1])
    }

    /// Recodes a cooperative act its source says it will not do as CAMEO's refusal (12x, PLOVER REJECT),
    /// asserted: "Lebanon will not hand Carlos Ghosn over to Japan" rejects Japan's request (122), "Azerbaijan
    /// will not accept France as a mediator" rejects the proposal (127). A past act that did not happen ("did
    /// not send aid") stays negated: only a modal of the future or of ability ("will", "would", "can") refuses.
    mutating func recodeRefusals(_ range: Range<Int>, parse: ParseView, dater: EventDater) {
        for index in range where drafts[index].event.modality == .negated {
            let event = drafts[index].event
            guard [.verbalCooperation, .materialCooperation].contains(event.type.quadClass), event.target != nil,
                  let word = parse.wordAtTokenStart[drafts[index].triggerStart], parse.words[word].upos == "VERB",
                  parse.dependents(word, "aux").contains(where: { Self.refusalModals.contains(parse.forms[$0].lowercased()) }),
                  let code = CAMEOCodebook.bundled.entry(Self.refusalCodes[event.type] ?? "120")
            else { continue }
            drafts[index].recode(as: code)
            drafts[index].event.modality = .asserted
            // The refusal is dated by its statement ("…, the minister said on Thursday").
            if let t = parse.tokenOfWord[word] {
                drafts[index].event.date = dater.statementDate() ?? dater.date(trigger: t, modality: .asserted, tense: .past)
            }
        }
    }

    /// Modals whose negation refuses ("will not", "won't", "would not", "cannot").
    static let refusalModals: Set<String> = ["will", "wo", "would", "shall", "can", "ca", "could"]

    /// CAMEO's refusal code for each type of act refused (12x); others take 120.
    static let refusalCodes: [EventType: String] = [
        .aid: "122", .cooperate: "121", .consult: "125", .agree: "127", .concede: "124", .retreat: "124",
    ]

    /// Adjectives that declare an intent ("ready", "willing", "prepared").
    static let intentAdjectives: Set<String> = ["ready", "willing", "prepared", "eager"]

    /// CAMEO's intent code for each type of act intended (03x); others take 030.
    static let intentCodes: [EventType: String] = [
        .consult: "036", .cooperate: "031", .aid: "033", .concede: "035", .retreat: "035", .support: "032",
    ]
}
