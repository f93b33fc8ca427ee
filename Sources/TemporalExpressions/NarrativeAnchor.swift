import ArticleText

/// The narrative time of a past account: the last explicit date that lies well before the DCT ("On 3 March
/// 2019 rebels took the port."), from which the yearless months, month-days and weekdays of the next sentences
/// told in the past are counted instead of from the DCT ("On Tuesday they lost it again" → 2019-03-05, "In
/// January they withdrew" after a date in December 2019 → 2020-01).
///
/// An anchor lives for a sentence or two after the one that set it (`reach`); any expression resolved against
/// the DCT ("today", "last week", "on Monday" in news time) ends it, and so does a later explicit date near the
/// DCT.
struct NarrativeAnchor: Hashable, Sendable {
    /// How much of the calendar the anchoring expression pinned down.
    enum Granularity: Hashable, Sendable {
        /// A full date ("3 March 2019"): weekdays and month-days count from it.
        case day
        /// A month and year ("March 2019").
        case month
        /// A year only ("in 2019"): only yearless months and month-days take its year.
        case year
    }

    /// The first day the anchoring expression covers.
    var day: CalendarDate
    /// The granularity of the anchoring expression.
    var granularity: Granularity
    /// Sentences since the anchoring expression (0: the current sentence).
    var age: Int = 0

    /// Days an anchor must lie before the DCT to be a narrative time rather than news time.
    static let minimumDistance = 31

    /// The sentences after the anchoring one that it still governs: two for days and months, one for a year.
    var reach: Int { granularity == .year ? 1 : 2 }

    /// Whether the anchor still governs the current sentence.
    var isInForce: Bool { age <= reach }

    /// The anchor an explicit DATE value sets ("2019-03-03", "2019-03", "2019"), or `nil` when the value is
    /// of another shape or ends less than `minimumDistance` days before `dct`.
    /// - Parameters:
    ///   - value: a TIMEX3 DATE value.
    ///   - dct: the document creation time.
    static func from(value: String, dct: CalendarDate) -> NarrativeAnchor? {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isNumber) }),
              let year = Int(parts[0])
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
        let dayOfMonth = parts.count > 2 ? Int(parts[2]) ?? 1 : 1
        guard let first = CalendarDate(year: year, month: month, day: dayOfMonth) else { return nil }
        let last: CalendarDate
        switch parts.count {
        case 1: last = CalendarDate(year: year, month: 12, day: 31) ?? first
        case 2: last = first.plusMonths(1).plusDays(-1)
        default: last = first
        }
        guard dct.dayNumber - last.dayNumber > minimumDistance else { return nil }
        return NarrativeAnchor(day: first, granularity: parts.count == 3 ? .day : parts.count == 2 ? .month : .year)
    }

    /// The year that places `month` and `day` (day 1 for a month alone) nearest the anchor: the anchor's own
    /// year for a year anchor, else the year within six months of the anchor's day.
    func year(ofMonth month: Int, day: Int = 1) -> Int {
        guard granularity != .year else { return self.day.year }
        var best = self.day.year
        var bestDistance = Int.max
        for y in [self.day.year - 1, self.day.year, self.day.year + 1] {
            guard let date = CalendarDate(year: y, month: month, day: Swift.min(day, CalendarDate.daysIn(year: y, month: month)))
            else { continue }
            let distance = abs(date.dayNumber - self.day.dayNumber)
            if distance < bestDistance { best = y; bestDistance = distance }
        }
        return best
    }

    /// The `weekday` (1 Monday … 7 Sunday) nearest the anchor's day, within three days either side.
    func nearest(weekday: Int) -> CalendarDate {
        var delta = (weekday - day.weekdayNumber + 7) % 7
        if delta > 3 { delta -= 7 }
        return day.plusDays(delta)
    }
}
