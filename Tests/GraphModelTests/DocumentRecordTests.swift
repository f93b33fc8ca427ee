import ArticleText
import GraphModel
import Testing

/// A document's address reaches every output through its record: one that is not a web address never does,
/// even when a store an earlier version filled still holds it.
struct DocumentRecordTests {
    @Test(arguments: [
        ("javascript:alert(1)", nil), ("data:text/html,x", nil), ("https://example.org/a", "https://example.org/a"),
        ("www.example.org/a", "www.example.org/a"),
    ] as [(String, String?)])
    func onlyWebAddressesAreKept(url: String, kept: String?) {
        #expect(DocumentRecord(id: "d", url: url).url == kept)
    }
}
