/// A count with its noun in the right number, as summaries print it: "1 article", "2 articles",
/// "1 happening", "0 events".
public enum CountedNoun {
    /// `count` and `singular`, or `plural` (default: `singular` + "s") unless `count` is exactly 1.
    ///
    /// - Parameters:
    ///   - count: How many.
    ///   - singular: The noun for one ("document").
    ///   - plural: The noun for any other count; `nil` adds "s".
    /// - Returns: "1 document", "3 documents".
    public static func text(_ count: Int, _ singular: String, plural: String? = nil) -> String {
        "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
