import Testing
@testable import EventOntology

@Suite struct CAMEOCodebookTests {
    let codebook = CAMEOCodebook.bundled

    @Test func bundledCodebookLoadsEveryCode() throws {
        let loaded = try CAMEOCodebook.loadBundled()
        print("CAMEO codebook: \(loaded.count) codes")
        #expect(loaded.count == 304)
        #expect(loaded.codes == codebook.codes)
    }

    @Test(arguments: [
        ("112", EventType.accuse, QuadClass.verbalConflict),
        ("057", .support, .verbalCooperation),
        ("040", .consult, .verbalCooperation),
        ("130", .threaten, .verbalConflict),
        ("190", .assault, .materialConflict),
        ("020", .request, .verbalCooperation),
        ("1712", .assault, .materialConflict),
        ("163", .coerce, .materialConflict),
    ])
    func codesCarryTheirPLOVERTypeAndQuadClass(code: String, type: EventType, quadClass: QuadClass) throws {
        let entry = try #require(codebook.entry(code))
        #expect(entry.code == code)
        #expect(entry.type == type)
        #expect(entry.quadClass == quadClass)
    }

    @Test func goldsteinValuesFollowTheCAMEOScale() throws {
        #expect(try #require(codebook.entry("112")).goldstein == -2.0)
        #expect(try #require(codebook.entry("057")).goldstein == 8.0)
        #expect(try #require(codebook.entry("190")).goldstein == -10.0)
        #expect(try #require(codebook.entry("0874")).goldstein == 10.0)
        #expect(try #require(codebook.entry("1213")).goldstein == -4.0)  // no published value: parent 121
    }

    @Test func modeAndContextComeFromTheTable() throws {
        let allege = try #require(codebook.entry("1121"))
        #expect(allege.mode == "allege")
        #expect(allege.context == "crime; corruption")
        let consult = try #require(codebook.entry("040"))
        #expect(consult.mode == nil)
        #expect(consult.context == nil)
    }

    @Test func unknownCodesFallBackToTheirParent() throws {
        #expect(try #require(codebook.entry("1129")).code == "112")
        #expect(try #require(codebook.entry(" 0459 ")).code == "045")
        #expect(codebook.entry("010") == nil)  // CAMEO 01x has no PLOVER type
        #expect(codebook.entry("99") == nil)
        #expect(codebook.entry("") == nil)
    }
}
