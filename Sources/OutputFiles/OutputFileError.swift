import ArticleText
import Foundation

/// A file or folder that could not be written or created, explained in one line that names the path as the user
/// gave it and the cause ("could not create out/sub: out is a regular file, not a directory").
public struct OutputFileError: Error, LocalizedError, Equatable, Sendable {
    /// The whole message, path and cause.
    public var message: String

    /// An error with this message.
    public init(_ message: String) { self.message = message }

    /// The message with any control character a path brought in escaped (`\u{1B}`): one line, shown as is.
    public var errorDescription: String? { message.escapingControlCharacters }
}
