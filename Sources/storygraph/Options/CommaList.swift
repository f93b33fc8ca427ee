import ArgumentParser
import ArticleText

/// The values of an option given comma-separated or repeated (`--type ACCUSE,AID --type SANCTION`), trimmed.
/// An empty item (`--format svg,,png`, a trailing comma, `--type ""`) is a usage error naming the option,
/// not silently dropped: it is usually a typo, a value lost from a script.
enum CommaList {
    /// The items of `values`, in order.
    /// - Throws: `ValidationError` (exit 64) naming `option` when an item is empty.
    static func items(_ values: [String], option: String) throws -> [String] {
        var items: [String] = []
        for value in values {
            for item in value.split(separator: ",", omittingEmptySubsequences: false) {
                let trimmed = item.trimmingCharacters(in: .whitespaces)
                guard !trimmed.isEmpty else {
                    throw ValidationError(
                        "\(option) \"\(path: value)\" has an empty item; separate the values with single commas (\(option) A,B)")
                }
                items.append(trimmed)
            }
        }
        return items
    }
}
