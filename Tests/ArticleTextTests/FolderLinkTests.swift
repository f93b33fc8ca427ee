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
}
