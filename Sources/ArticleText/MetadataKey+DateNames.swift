extension MetadataKey {
    /// Whether a key that is not read names a date, so that its value may be the publication date the user
    /// meant: `updated`, `last-modified`, `created_at`, `updatedOn`, `modified_date`, `dateCreated`,
    /// `article:published_time`, `last_update`, `timestamp`, `lastmod`, `modified_gmt`.
    ///
    /// The key is cut into words (at `_`, `-`, `.`, `:`, spaces, digits and lower-to-upper case changes); a
    /// trailing `gmt`, `utc` or `local` is ignored. It names a date when its last word is `date`, `timestamp`
    /// or `datetime`, or a participle of a document's life (`updated`, `modified`, `created`, `published`,
    /// `issued`, `posted`, `edited`, `revised`, `released`, `changed`); when its last word is `time`, `at` or
    /// `on` after such a participle or its noun or stem (`update_time`, `pub_time`, `created_at`); when it is
    /// `last` or `first` and such a noun (`last_update`); when it is `date` or `time` followed by a participle
    /// (`dateModified`); or when, written as one word, it is a participle, `date`, `timestamp`, `datetime`, `time`,
    /// `lastmod` or one of these names run together (`lastmodified`, `updatedat`, `modifieddate`). Keys that
    /// merely contain such letters are not dates: `update_note`, `dateline`, `reading_time`, `mandate`,
    /// `posted_by`, `time_zone`, `blog_post`.
    ///
    /// - Parameter written: The key as written in the input.
    /// - Returns: `true` when the key names a date.
    public static func looksLikeDate(_ written: String) -> Bool {
        var words = Self.words(of: written)
        while words.count > 1, let last = words.last, Self.zoneWords.contains(last) { words.removeLast() }
        guard let last = words.last else { return false }
        guard words.count > 1 else { return Self.runTogetherDateNames.contains(last) }
        if Self.dateWords.contains(last) || Self.lifeParticiples.contains(last) { return true }
        let before = words[words.count - 2]
        let isLifeEvent = { (word: String) in Self.lifeParticiples.contains(word) || Self.lifeNouns.contains(word) }
        if ["time", "at", "on"].contains(last), isLifeEvent(before) { return true }
        if words.count == 2, ["last", "first"].contains(before), isLifeEvent(last) { return true }
        if ["date", "time"].contains(words[0]) {
            return words.dropFirst().allSatisfy { Self.lifeParticiples.contains($0) || ["last", "first"].contains($0) }
        }
        return false
    }

    /// Last words that make a key a date: `modified_date`, `created_timestamp`.
    static let dateWords: Set<String> = ["date", "timestamp", "datetime"]

    /// Participles of events in a document's life: `updated`, `last_modified`.
    static let lifeParticiples: Set<String> = [
        "updated", "modified", "created", "published", "issued", "posted", "edited", "revised", "released", "changed",
    ]

    /// Nouns and stems of the same events, which name a date only before `time`, `at` or `on` or after `last`
    /// or `first` (`update_time`, `last_update`; a `blog_post` or `software_release` is no date).
    static let lifeNouns: Set<String> = [
        "update", "modification", "mod", "creation", "create", "publication", "publish", "pub", "issue", "post",
        "edit", "revision", "release", "change",
    ]

    /// Trailing words that qualify a date's time zone (`date_gmt`, `modified_utc`).
    static let zoneWords: Set<String> = ["gmt", "utc", "local"]

    /// One-word keys that name a date: the participles, `date`, `timestamp`, `datetime`, `time`, `lastmod`, and the
    /// names of several words run together, as all-lower- or all-upper-case keys write them (`lastmodified`,
    /// `updatedat`, `modifieddate`, `datecreated`, `updatetime`).
    static let runTogetherDateNames: Set<String> = {
        var names: Set<String> = ["date", "timestamp", "datetime", "time", "lastmod"]
        names.formUnion(lifeParticiples)
        for participle in lifeParticiples {
            names.formUnion(["last\(participle)", "first\(participle)", "\(participle)at", "\(participle)on",
                             "date\(participle)", "time\(participle)"])
            for suffix in dateWords { names.insert(participle + suffix) }
        }
        for noun in lifeNouns {
            names.formUnion(["\(noun)time", "last\(noun)"])
            for suffix in dateWords { names.insert(noun + suffix) }
        }
        return names
    }()

    /// The key's words in lower case: split at `_`, `-`, `.`, `:`, `/`, spaces and digits, and where a
    /// lower-case letter is followed by an upper-case one (`datePublished` → `date`, `published`).
    static func words(of written: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousIsLower = false
        for character in written {
            guard character.isLetter else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousIsLower = false
                continue
            }
            if character.isUppercase, previousIsLower, !current.isEmpty {
                words.append(current)
                current = ""
            }
            current += character.lowercased()
            previousIsLower = character.isLowercase
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
