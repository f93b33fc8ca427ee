import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Captures what the process writes to file descriptor 2 while `body` runs.
enum StandardErrorCapture {
    static func capture(_ body: () throws -> Void) throws -> String {
        let pipe = Pipe()
        let saved = dup(STDERR_FILENO)
        fflush(nil)
        dup2(pipe.fileHandleForWriting.fileDescriptor, STDERR_FILENO)
        var thrown: (any Error)?
        do { try body() } catch { thrown = error }
        fflush(nil)
        dup2(saved, STDERR_FILENO)
        close(saved)
        try pipe.fileHandleForWriting.close()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        if let thrown { throw thrown }
        return String(decoding: data, as: UTF8.self)
    }
}
