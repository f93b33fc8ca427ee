import ArticleText
import Foundation
import OutputFiles

/// Writes a command's text result to standard output or to a file, with errors that say what went wrong.
///
/// Missing folders on the way are created, as `--out` creates its own. A regular file (or a path that does not
/// exist yet) is replaced atomically through a temporary file beside it (see `OutputSet`: temporary files of
/// killed runs are removed by the next). A symbolic link is replaced by the new file, as `build` and `report`
/// replace theirs: the file it pointed to stays as it was. A device or FIFO (`/dev/null`, a named pipe, or a
/// link to one such as `/dev/stdout`) is written through, never replaced. A closed pipe on standard output
/// ends quietly; any other write error is an error with the problem named, never a trap.
enum OutputText {
    /// Writes `text` to `path` (standard output when `nil` or `-`), never over one of `inputs` (the article
    /// files or the database the command read).
    /// - Throws: `CommandFailure` naming the file and the problem.
    static func write(_ text: String, to path: String?, inputs: [String] = []) throws {
        let data = Data(text.utf8)
        guard let path, path != "-" else {
            try writeStandardOutput(data)
            return
        }
        guard !path.isEmpty else { throw CommandFailure("--output: give a file name") }
        try refuseOverwriting(inputs, with: path)
        let url = URL(fileURLWithPath: path)
        var status = stat()
        let exists = stat(path, &status) == 0
        if exists, status.st_mode & S_IFMT == S_IFDIR { throw CommandFailure("could not write \(path: path): a directory is in the way") }
        if exists, status.st_mode & S_IFMT != S_IFREG || Self.namesOpenDescriptor(path) {
            try writeInPlace(data, to: path)
            return
        }
        let parent = url.deletingLastPathComponent()
        let name = url.lastPathComponent
        let folder = path.hasSuffix("/" + name) ? String(path.dropLast(name.count)) : ""
        let fileSystem = OutputFileSystem(directory: parent, display: folder)
        // Like `--out` and `--db`, a missing folder is made (`mkdir -p`); a file in the way is named.
        let created = try fileSystem.prepareDirectory(for: path)
        do {
            try OutputSet(fileSystem: fileSystem, knownNames: [name]).replace(with: [(name, data)])
        } catch {
            OutputFileSystem.removeEmptyFolders(created)
            throw error
        }
    }

    /// Appends `data` to what `path` already is: a device, a named pipe, or a file the process holds open
    /// (`/dev/stdout` redirected to a file with `>` or `>>`), which is written to and never replaced.
    /// - Throws: `CommandFailure` naming the path and the problem ("No space left on device" for `/dev/full`).
    private static func writeInPlace(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_APPEND)
        guard descriptor >= 0 else { throw CommandFailure("could not write \(path: path): \(OutputFileSystem.reason(errno))") }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: data)
        } catch {
            throw CommandFailure("could not write \(path: path): \(Self.reason(error))")
        }
    }

    /// Whether `path` reaches, through its symbolic links, one of the process's open file descriptors:
    /// `/dev/stdout` (a link to `/proc/self/fd/1`), `/dev/fd/3`, `/proc/self/fd/1`. Such a path stands for the
    /// open file, not for a link to replace, whatever the descriptor holds.
    static func namesOpenDescriptor(_ path: String) -> Bool {
        var current = URL(fileURLWithPath: path).standardizedFileURL.path
        for _ in 0..<40 {
            if current.hasPrefix("/proc/") || current.hasPrefix("/dev/fd/") { return true }
            guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return false }
            current = target.hasPrefix("/")
                ? target
                : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(target).standardizedFileURL.path
        }
        return false
    }

    /// Fails when `path` is the same file as one of `inputs` ("report k.md --out k.md", "query --db s.db -o s.db").
    /// - Throws: `CommandFailure` naming both.
    static func refuseOverwriting(_ inputs: [String], with path: String) throws {
        var target = stat()
        guard stat(path, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { return }
        for input in inputs {
            var source = stat()
            if stat(input, &source) == 0, source.st_dev == target.st_dev, source.st_ino == target.st_ino {
                throw CommandFailure("could not write \(path: path): it is the input \(path: input); give another file name")
            }
        }
    }

    /// Writes `data` to standard output; a closed pipe ends the process quietly (status 0), other failures
    /// ("No space left on device") throw.
    static func writeStandardOutput(_ data: Data) throws {
        if StandardStreams.outputWasClosed {
            throw CommandFailure("could not write to standard output: it is closed (>&-); redirect it to a file, or give -o FILE where the command takes it")
        }
        do {
            try FileHandle.standardOutput.write(contentsOf: data)
        } catch {
            let nsError = error as NSError
            let code = (nsError.userInfo[NSUnderlyingErrorKey] as? NSError)?.code ?? nsError.code
            if code == Int(EPIPE) { exit(0) }
            throw CommandFailure("could not write to standard output: \(Self.reason(error))")
        }
    }

    /// The plain reason of a file-system error ("No space left on device", "Permission denied").
    static func reason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code))
        {
            return String(cString: strerror(code.rawValue))
        }
        if nsError.domain == NSPOSIXErrorDomain { return String(cString: strerror(Int32(nsError.code))) }
        return nsError.localizedDescription
    }
}
