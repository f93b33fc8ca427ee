import ActorLexicon
import ArticleText
import EventExtraction
import EventOntology
import Testing

/// Parties a clause leaves to its context: the host of a recalled mission, the state whose authorities a foreign
/// official addresses, the government of a datelined report, an appositive subject, armed men of a named group
/// and bare groups after a dateline; and acts whose verb decides the type (talks broken off, a border closed,
/// an extradition sought).
struct ContextPartyTests {
    static let pipeline = ExtractionPipeline()

    /// The events of `text` as "TYPE SOURCE>TARGET DATE", parties by their country (an actor without one by its
    /// id), the date by its value or "-".
    static func events(_ text: String, published: String = "2024-05-15") -> Set<String> {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: published))
        return Set(pipeline.extract(document).events.map { event in
            let source = event.sourceCountry ?? event.source.rawValue
            let target = event.targetCountry ?? event.target?.rawValue ?? "-"
            return "\(event.type.rawValue) \(source)>\(target) \(event.date?.value ?? "-")"
        })
    }

    @Test(arguments: [
        // A state that joins other states' diplomatic sanctions acts on their target, not on them.
        ("Bahrain and Qatar expelled Yemen's envoys on Monday, and Oman withdrew its diplomats.",
         ["SANCTION OMN>YEM 2024-05-13"], ["SANCTION OMN>BHR 2024-05-13", "SANCTION OMN>QAT 2024-05-13"]),
        // A mission named by its seat.
        ("Uganda expelled two Kenyan traders on Monday, and Kenya recalled its ambassador in Kampala on Tuesday.",
         ["SANCTION KEN>UGA 2024-05-14"], []),
        // A foreign official's appeal to "the authorities" of a datelined report: the home state's.
        ("LIBREVILLE, Gabon — Germany's foreign minister on Friday urged the authorities to release the detained reporters.",
         ["REQUEST DEU>GAB 2024-05-10"], ["REQUEST DEU>DEU 2024-05-10"]),
        // "The government" is a government, not the last named body of one (the lexicon's US National Security
        // Council in a Kenyan report).
        ("Kenya held a meeting of the National Security Council on Monday. The government expelled two Somali diplomats on Sunday.",
         ["SANCTION KEN>SOM 2024-05-12"], ["SANCTION USA>SOM 2024-05-12"]),
        // The name before an appositive set off by commas is the subject, not the possessor inside it.
        ("Qatar, long one of Egypt's most generous donors, halted military aid to Cairo in March 2014.",
         ["SANCTION QAT>EGY 2014-03"], ["SANCTION EGY>QAT 2014-03"]),
        // Talks broken off are a halt of negotiations (CAMEO 164), not a meeting.
        ("Talks in Geneva with Azerbaijan were broken off by Armenia on Thursday.",
         ["SANCTION ARM>AZE 2024-05-09"], ["CONSULT ARM>AZE 2024-05-09", "CONSULT AZE>ARM 2024-05-09"]),
        // A border crossing closed is a restriction of movement (CAMEO 191).
        ("The main border crossing with Togo was closed by Ghana on Wednesday.", ["COERCE GHA>TGO 2024-05-15"], []),
        // Extradition requests, and the holder of the wanted person as the party asked.
        ("Argentina asked Uruguay on Tuesday to extradite the former banker.", ["REQUEST ARG>URY 2024-05-14"], []),
        ("A Bolivian businessman was arrested by Brazilian police in Sao Paulo on Monday. On Tuesday La Paz requested his extradition.",
         ["REQUEST BOL>BRA 2024-05-14"], []),
        // A party name many states' parties share, in a report about two states: the dateline's state's party.
        ("CANBERRA, Australia — Japan and Australia signed a defence pact on Monday as Prime Minister Anthony "
            + "Albanese hosted Fumio Kishida. Japan will send warships to Darwin, and Tokyo pledged more. The "
            + "opposition Liberal Party accused Albanese on Tuesday of bowing to Kishida.",
         ["ACCUSE AUS>AUS 2024-05-14"], []),
    ])
    func codesThePartyTheContextGives(text: String, expected: [String], absent: [String]) {
        let found = Self.events(text)
        for event in expected { #expect(found.contains(event), "\(event) missing from \(found.sorted())") }
        for event in absent { #expect(!found.contains(event), "\(event) in \(found.sorted())") }
    }

    @Test(arguments: [
        // Armed men of a named group are that group.
        ("Gunmen of al-Shabaab attacked Kenyan troops near the border on Sunday.", "al-shabaab", "2024-05-12"),
        // A bare group right after a dateline's dash belongs to the dateline's state.
        ("HONG KONG, China — Police fired tear gas at protesters in Mong Kok on Sunday, a day after Beijing warned the city's leaders.",
         "HKG-COP", "2024-05-12"),
        ("MOGADISHU, Somalia — Troops killed five militants in a raid on Tuesday.", "SOM-MIL", "2024-05-14"),
    ])
    func codesTheGroupAsItsOwnActor(text: String, source: String, date: String) {
        let document = Document(id: "t", text: text, published: CalendarDate(iso: "2024-05-15"))
        let events = Self.pipeline.extract(document).events
        #expect(events.contains { $0.source.rawValue == source && $0.date?.value == date },
                "\(events.map { "\($0.type.rawValue) \($0.source.rawValue)>\($0.target?.rawValue ?? "-") \($0.date?.value ?? "-")" })")
    }
}
