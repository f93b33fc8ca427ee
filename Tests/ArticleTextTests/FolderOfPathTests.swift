import ArticleText
import Testing

/// `NSString.deletingLastPathComponent` trapped on a one-character path (`ingest a.txt --db b` crashed with an
/// illegal instruction); `folderOfPath` gives the folder as typed.
struct FolderOfPathTests {
    @Test(arguments: [
        ("b", "."), (".", "."), ("~", "."), ("s.db", "."), ("a/b", "a"), ("a/b/s.db", "a/b"), ("/s.db", "/"), ("/", "/"),
        ("a/b/", "a"), ("./b", "."), ("../b", ".."),
    ])
    func theFolderOfAPathIsWhatPrecedesItsLastSlash(path: String, folder: String) {
        #expect(path.folderOfPath == folder)
    }
}
