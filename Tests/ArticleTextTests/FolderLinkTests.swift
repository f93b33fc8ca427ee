import Foundation
import Testing

@testable import ArticleText

/// A folder read for articles passes over what is no article, links that lead nowhere included.
struct FolderLinkTests {
    func folder() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("sg-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("Russia attacked Ukraine.".utf8).write(to: folder.appendingPathComponent("a.txt"))
        return folder
    }

    @Test func brokenLinksAndLoopsWithOtherNamesArePassedOver() throws {
        let folder = try folder()
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("image.png").path, withDestinationPath: "/nonexistent")
        let loop = folder.appendingPathComponent("loop")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        let readme = folder.appendingPathComponent("README.md")
        try FileManager.default.createSymbolicLink(atPath: readme.path, withDestinationPath: "/nonexistent/README.md")
        var findings: [Finding] = []
        #expect(try DocumentReader().expand(folder.path, findings: &findings) == [folder.appendingPathComponent("a.txt").path])
        #expect(findings.isEmpty)
    }

    @Test func aBrokenLinkOrLoopWithAnArticleNameIsStillAnError() throws {
        let folder = try folder()
        let broken = folder.appendingPathComponent("b.jsonl")
        try FileManager.default.createSymbolicLink(atPath: broken.path, withDestinationPath: "/nonexistent/b.jsonl")
        #expect(throws: ArticleTextError.unreadable(path: broken.path, reason: "a broken symbolic link")) {
            try DocumentReader().expand(folder.path)
        }
        try FileManager.default.removeItem(at: broken)
        let loop = folder.appendingPathComponent("c.MD")
        try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: loop.path)
        #expect(throws: ArticleTextError.symlinkLoop(path: loop.path)) { try DocumentReader().expand(folder.path) }
        var findings: [Finding] = []
        #expect(try DocumentReader(skipBadFiles: true).expand(folder.path, findings: &findings).count == 1)
        #expect(findings.map(\.code) == ["input.skipped"])
    }

    /// `up -> ..` in an input folder led the reader out of the tree, into every article beside it.
    @Test func aLinkOutOfTheInputFolderIsNotFollowedAndSaysSo() throws {
        let outer = try folder()
        let inner = outer.appendingPathComponent("inner")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data("Iran met Iraq.".utf8).write(to: inner.appendingPathComponent("b.txt"))
        let up = inner.appendingPathComponent("up")
        try FileManager.default.createSymbolicLink(atPath: up.path, withDestinationPath: "..")
        var findings: [Finding] = []
        #expect(try DocumentReader().expand(inner.path, findings: &findings) == [inner.appendingPathComponent("b.txt").path])
        let real = try #require(InputFile.realPath(outer.path))
        #expect(findings.map(\.code) == [DocumentReader.linkNotFollowedCode])
        #expect(findings.map(\.severity) == [.warning])
        #expect(findings.first?.message
            == "\(up.path): a symbolic link to a folder outside the input folder (it leads to \(real)); not followed")
    }

    @Test func aLinkBackUpIntoTheTreeIsALoopNotFollowedAndALinkWithinIsFollowed() throws {
        let root = try folder()
        let sub = root.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try Data("Iran met Iraq.".utf8).write(to: sub.appendingPathComponent("b.txt"))
        let back = sub.appendingPathComponent("back")
        try FileManager.default.createSymbolicLink(atPath: back.path, withDestinationPath: "..")
        let other = root.appendingPathComponent("other")
        try FileManager.default.createDirectory(at: other, withIntermediateDirectories: true)
        try Data("Chile met Peru.".utf8).write(to: other.appendingPathComponent("c.txt"))
        let across = sub.appendingPathComponent("across")
        try FileManager.default.createSymbolicLink(atPath: across.path, withDestinationPath: "../other")
        var findings: [Finding] = []
        let files = try DocumentReader().expand(root.path, findings: &findings)
        // `across` leads to `other`, already read: followed, and its articles read once.
        #expect(files == ["a.txt", "other/c.txt", "sub/b.txt"].map { root.appendingPathComponent($0).path })
        let real = try #require(InputFile.realPath(root.path))
        #expect(findings.map(\.message) == ["\(back.path): a symbolic link to a folder that loops (it leads back up to \(real)); not followed"])
    }

    /// A link to a file outside the input folder was read (the folder's reader left the tree through it), and a
    /// link to a file inside it made that file two documents.
    @Test func aLinkToAFileOutsideIsNotReadAndAFileInsideIsReadOnce() throws {
        let outer = try folder()
        let inner = outer.appendingPathComponent("in")
        try FileManager.default.createDirectory(at: inner.appendingPathComponent(".drafts"), withIntermediateDirectories: true)
        try Data("Iran met Iraq.".utf8).write(to: inner.appendingPathComponent("b.txt"))
        try Data("Chile met Peru.".utf8).write(to: inner.appendingPathComponent(".drafts/d.txt"))
        let leak = inner.appendingPathComponent("leak.txt")
        try FileManager.default.createSymbolicLink(atPath: leak.path, withDestinationPath: "../a.txt")
        let twice = inner.appendingPathComponent("c.txt")
        try FileManager.default.createSymbolicLink(atPath: twice.path, withDestinationPath: "b.txt")
        let again = inner.appendingPathComponent("a-again.txt")
        try FileManager.default.createSymbolicLink(atPath: again.path, withDestinationPath: "c.txt")
        // Only a link reaches the hidden draft: read once, under the first link's name.
        try FileManager.default.createSymbolicLink(atPath: inner.appendingPathComponent("d.txt").path, withDestinationPath: ".drafts/d.txt")
        try FileManager.default.createSymbolicLink(atPath: inner.appendingPathComponent("e.txt").path, withDestinationPath: ".drafts/d.txt")
        var findings: [Finding] = []
        let files = try DocumentReader().expand(inner.path, findings: &findings)
        #expect(files == ["b.txt", "d.txt"].map { inner.appendingPathComponent($0).path })
        let real = try #require(InputFile.realPath(outer.appendingPathComponent("a.txt").path))
        #expect(findings.map(\.code) == Array(repeating: DocumentReader.linkNotFollowedCode, count: 4))
        #expect(findings.map(\.message) == [
            "\(leak.path): a symbolic link to a file outside the input folder (it leads to \(real)); not read",
            "\(again.path): a symbolic link to \(inner.appendingPathComponent("b.txt").path), which is read already; not read twice",
            "\(twice.path): a symbolic link to \(inner.appendingPathComponent("b.txt").path), which is read already; not read twice",
            "\(inner.appendingPathComponent("e.txt").path): a symbolic link to \(inner.appendingPathComponent("d.txt").path), which is read already; not read twice",
        ])
        // A link given as the input itself is read: the user named it.
        #expect(try DocumentReader().expand(leak.path) == [leak.path])
    }
}
