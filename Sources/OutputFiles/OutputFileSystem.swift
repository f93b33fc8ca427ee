#if canImport(Glibc)
import Glibc
private let systemWrite = Glibc.write
private let systemRename = Glibc.rename
#elseif canImport(Darwin)
import Darwin
private let systemWrite = Darwin.write
private let systemRename = Darwin.rename
#endif
import ArticleText
import Foundation

/// The file operations of writing one set of outputs into a directory, each failure explained in plain
/// words and naming the path as the user gave it ("could not write out/timeline.svg: a directory is in the
/// way") rather than as a Foundation error domain and code.
public struct OutputFileSystem: Sendable {
    /// The output directory.
    public var directory: URL
    /// How to name the directory in messages; empty for the current directory named by nothing (`-o x.csv`).
    public var display: String

    /// The file system of `directory`, named `display` in messages.
    public init(directory: URL, display: String) {
        self.directory = directory
        self.display = display
    }

    /// `name` inside the directory, as shown in messages.
    public func shown(_ name: String) -> String {
        display.isEmpty || display.hasSuffix("/") ? display + name : display + "/" + name
    }

    /// Creates the directory and its missing parents, or checks that the existing path is a directory.
    /// - Parameter target: The file the directory is made for, named in the messages instead of the directory
    ///   ("could not write a/b/x.tsv: a is a regular file, not a directory"); `nil` for the directory itself.
    /// - Returns: The folders it created, outermost first (empty when the directory existed), for
    ///   ``removeEmptyFolders(_:)`` to take back after a failure.
    /// - Throws: ``OutputFileError`` naming the path and what stands in the way: a file, a broken symbolic link,
    ///   a file system where nothing can be created, a permission.
    @discardableResult
    public func prepareDirectory(for target: String? = nil) throws -> [String] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                let kind = FileKindName.of(directory.path) ?? "a file"
                if let target {
                    throw OutputFileError("could not write \(path: target): \(shownAncestor(directory.path, below: 0)) is \(kind), not a directory")
                }
                throw OutputFileError("could not write into \(path: display): it is \(kind), not a directory; give a folder name")
            }
            return []
        }
        let failure = { (reason: String) in
            OutputFileError(target.map { "could not write \(path: $0): \(reason)" } ?? "could not create \(path: display): \(reason)")
        }
        var created: [String] = []
        var path = directory.path.hasPrefix("/") ? "" : "."
        let components = directory.path.split(separator: "/")
        for (index, component) in components.enumerated() {
            path += "/" + component
            if mkdir(path, 0o777) == 0 {
                created.append(path)
                continue
            }
            let code = errno
            if code == EEXIST, FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                continue
            }
            Self.removeEmptyFolders(created)
            let shownPath = shownAncestor(path, below: components.count - index - 1)
            if code == EEXIST {
                // Something that is no folder stands at this step of the path.
                if FileKindName.of(path) == nil {
                    throw failure("\(path: shownPath) is a broken symbolic link (its target does not exist)")
                }
                throw failure("\(path: shownPath) is \(FileKindName.of(path) ?? "a file"), not a directory")
            }
            if code == ENOTDIR { throw failure("a part of \(path: shownPath) is a file, not a directory") }
            throw failure(Self.creationProblem(in: path.folderOfPath, code: code))
        }
        return created
    }

    /// The folder `path` (a step of ``directory``'s path, `levels` folders above it) as the user wrote it: the
    /// display name without its last `levels` parts, or the absolute path when the display name is too short.
    func shownAncestor(_ path: String, below levels: Int) -> String {
        var parts = display.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        while parts.count > 1, parts.last == "" { parts.removeLast() }
        guard !display.isEmpty, parts.count > levels else { return path }
        let kept = parts.dropLast(levels).joined(separator: "/")
        return kept.isEmpty ? "/" : kept
    }

    /// Removes the folders ``prepareDirectory()`` created, innermost first, each only while it is empty (a
    /// folder something was written into since stays).
    public static func removeEmptyFolders(_ created: [String]) {
        for path in created.reversed() where rmdir(path) != 0 { return }
    }

    /// Prepares the directory (``prepareDirectory(for:)``, messages naming `target` when given) and runs `body`;
    /// when `body` fails, the folders made for it are removed again if it left them empty, so a failed run
    /// leaves no empty folder behind.
    public func inDirectory<T>(for target: String? = nil, _ body: () throws -> T) throws -> T {
        let created = try prepareDirectory(for: target)
        do {
            return try body()
        } catch {
            Self.removeEmptyFolders(created)
            throw error
        }
    }

    /// Fails when `name` must not be replaced by a new regular file: a directory stands there, or something that
    /// is not a regular file (a named pipe, a device such as `/dev/full`, a socket), directly or behind a
    /// symbolic link. Renaming a new file into place would silently replace such a special file, so it is
    /// refused before anything is written; a missing path or a regular file (or a link to one) passes.
    public func checkDestination(_ name: String) throws {
        let path = directory.appendingPathComponent(name).path
        var status = stat()
        guard stat(path, &status) == 0 else { return }
        let kind = status.st_mode & S_IFMT
        if kind == S_IFDIR { throw OutputFileError("could not write \(shown(name)): a directory is in the way") }
        guard kind != S_IFREG else { return }
        let what = FileKindName.of(path) ?? "not a regular file"
        throw OutputFileError(
            "could not write \(shown(name)): it is \(what), not a regular file, and would be replaced; give another file name")
    }

    /// Writes `data` to a new hidden file next to `name` and returns its location.
    public func writeTemporary(_ data: Data, for name: String) throws -> URL {
        let temporary = directory.appendingPathComponent(".\(name).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o666)
        guard descriptor >= 0 else {
            let code = errno
            var problem = Self.creationProblem(in: directory.path, code: code)
            if Self.isUnwritableFolder(code) { problem = "the folder \(path: shownFolder) is not writable: " + problem }
            throw OutputFileError("could not write \(shown(name)): \(problem)")
        }
        var failure: Int32 = 0
        data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < buffer.count, let base = buffer.baseAddress {
                let written = systemWrite(descriptor, base + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += written
            }
        }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 {
            unlink(temporary.path)
            throw OutputFileError("could not write \(shown(name)): \(Self.reason(failure))")
        }
        return temporary
    }

    /// Moves a temporary file over `name` (atomically replacing an older file).
    public func rename(_ temporary: URL, to name: String) throws {
        if systemRename(temporary.path, directory.appendingPathComponent(name).path) != 0 {
            throw OutputFileError("could not write \(shown(name)): \(Self.reason(errno))")
        }
    }

    /// Flushes the directory's entries (the renames and removals made in it) to disk, so that a crash of the
    /// machine cannot bring back an order of renames other than the one made; errors are ignored (some file
    /// systems cannot sync a directory, and nothing is lost by trying).
    public func syncDirectory() {
        let descriptor = open(directory.path, O_RDONLY | O_DIRECTORY)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Removes `name` when it is a regular file (or a symbolic link to one); whether it did. A directory, a
    /// named pipe or a device of that name is left alone.
    public func removeStaleFile(_ name: String) -> Bool {
        isRegularFile(name) && unlink(directory.appendingPathComponent(name).path) == 0
    }

    /// Whether `name` in the folder is a regular file (or a symbolic link to one).
    public func isRegularFile(_ name: String) -> Bool {
        var status = stat()
        return stat(directory.appendingPathComponent(name).path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// Checks that a new file can be created at `path` (its folder exists) by creating and removing it.
    /// - Throws: ``OutputFileError`` "could not create PATH: REASON" with the real cause (permission, read-only or
    ///   virtual file system).
    public static func checkCreatable(_ path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o666)
        guard descriptor >= 0 else {
            let code = errno
            guard code != EEXIST else { return }
            let folder = path.folderOfPath
            var problem = creationProblem(in: folder, code: code)
            if isUnwritableFolder(code) { problem = "the folder \(path: folder) is not writable: " + problem }
            throw OutputFileError("could not create \(path: path): \(problem)")
        }
        close(descriptor)
        unlink(path)
    }

    /// Whether error `code` of creating a file says its folder cannot be written (permission bits, an immutable
    /// folder, a read-only file system): messages then name the folder, the thing to fix, beside the file.
    static func isUnwritableFolder(_ code: Int32) -> Bool {
        code == EACCES || code == EPERM || code == EROFS
    }

    /// The folder as messages name it: as the user typed it, else "." for the current folder.
    var shownFolder: String {
        var folder = display
        while folder.count > 1, folder.hasSuffix("/") { folder.removeLast() }
        return folder.isEmpty ? "." : folder
    }

    /// Why nothing could be created in the existing folder `parent` (error `code`): the kernel's virtual file
    /// systems (`/proc`, `/sys`) say "no such file" when they refuse, so they are named; other codes are
    /// explained by ``reason(_:)``.
    public static func creationProblem(in parent: String, code: Int32) -> String {
        if let type = fileSystemType(of: parent), ["proc", "sysfs", "devpts", "cgroup", "cgroup2", "debugfs", "securityfs"].contains(type) {
            return "\(path: parent) is on the kernel's \(type) file system, where no file or folder can be created"
        }
        return code == ENOENT ? "the file system at \(path: parent) does not allow creating anything there" : reason(code)
    }

    /// The type of the file system `path` is on (`proc`, `ext4`, `tmpfs`), from the longest mount point in
    /// `/proc/mounts` that holds it; `nil` where that table is not readable.
    public static func fileSystemType(of path: String) -> String? {
        guard let table = try? String(contentsOfFile: "/proc/mounts", encoding: .utf8) else { return nil }
        let resolved = URL(fileURLWithPath: path).resolvingSymlinksInPath().path
        var best: (mount: String, type: String)?
        for line in table.split(separator: "\n") {
            let fields = line.split(separator: " ")
            guard fields.count >= 3 else { continue }
            let mount = fields[1].replacingOccurrences(of: "\\040", with: " ")
            let inside = mount == "/" || resolved == mount || resolved.hasPrefix(mount + "/")
            if inside, mount.count >= (best?.mount.count ?? -1) { best = (mount, String(fields[2])) }
        }
        return best?.type
    }

    /// A plain explanation of a system error number.
    ///
    /// `EACCES` is a permission the mode bits (or an ACL) refuse: "permission denied". `EPERM` is not: the
    /// kernel gives it for a file or folder marked immutable or append-only (`chattr +i`, `+a`), which no
    /// permission and not even root may change, so it is named as what it is, with where to look.
    public static func reason(_ code: Int32) -> String {
        switch code {
        case EACCES: "permission denied"
        case EPERM: "operation not permitted (not a permission bit: is it immutable or append-only? `lsattr -d` shows the i or a attribute)"
        case ENOTDIR: "parent is not a directory"
        case EISDIR, ENOTEMPTY: "a directory is in the way"
        case ENOENT: "the directory does not exist"
        case ENOSPC: "no space left on the device"
        case EDQUOT: "disk quota exceeded"
        case EROFS: "the file system is read-only"
        case ENAMETOOLONG: "the name is too long"
        default: String(cString: strerror(code)).lowercased()
        }
    }
}
