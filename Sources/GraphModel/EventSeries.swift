import ArticleText
import TemporalExpressions

/// Per-period counts of happenings and their mean Goldstein intensity, as GDELT users compute from its tables.
public struct EventSeries: Hashable, Sendable {
    /// The length of one period.
    public enum Period: String, Hashable, Sendable, CaseIterable {
        /// Calendar days, labelled `YYYY-MM-DD`.
        case day
        /// ISO 8601 weeks, labelled `YYYY-Www`.
        case week
        /// Calendar months, labelled `YYYY-MM`.
        case month

        /// The label of the period holding `date`.
        public func label(of date: CalendarDate) -> String {
            switch self {
            case .day: date.description
            case .week: date.isoWeekValue
            case .month: String(date.description.prefix(7))
            }
        }

        /// The first day of the period after the one holding `date`.
        func next(after date: CalendarDate) -> CalendarDate {
            switch self {
            case .day: date.plusDays(1)
            case .week: date.plusDays(8 - date.isoWeekday)
            case .month: CalendarDate(year: date.year, month: date.month, day: 1)?.plusMonths(1) ?? date.plusDays(31)
            }
        }

        /// Whether an interval lies inside one period.
        func holds(_ interval: TimexInterval) -> Bool { label(of: interval.first) == label(of: interval.last) }
    }

    /// One period's figures.
    public struct Row: Hashable, Sendable {
        /// The period's label.
        public var period: String
        /// Happenings (clusters) dated in it.
        public var clusters: Int
        /// Mean Goldstein intensity of those clusters, `nil` when there are none.
        public var meanGoldstein: Double?

        /// Creates a row.
        public init(period: String, clusters: Int, meanGoldstein: Double?) {
            self.period = period
            self.clusters = clusters
            self.meanGoldstein = meanGoldstein
        }
    }

    /// Every period from the first to the last dated cluster, empty periods included.
    public var rows: [Row]
    /// Clusters left out: undated, or dated more coarsely than one period (`2020` in a monthly series).
    public var skipped: Int

    /// The series of `clusters` by `period`; a cluster counts in the period its date lies in.
    public init(clusters: [EventCluster], period: Period) {
        var buckets: [String: [Double]] = [:]
        var firstDay: CalendarDate?
        var lastDay: CalendarDate?
        var skipped = 0
        for cluster in clusters {
            guard let interval = cluster.date.flatMap(TimexInterval.init(timex:)), period.holds(interval) else {
                skipped += 1
                continue
            }
            buckets[period.label(of: interval.first), default: []].append(cluster.goldstein)
            firstDay = min(firstDay ?? interval.first, interval.first)
            lastDay = max(lastDay ?? interval.first, interval.first)
        }
        var rows: [Row] = []
        if let firstDay, let lastDay {
            var day = firstDay
            while day <= lastDay || period.label(of: day) == period.label(of: lastDay) {
                let label = period.label(of: day)
                let values = buckets[label] ?? []
                rows.append(
                    Row(period: label, clusters: values.count,
                        meanGoldstein: values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)))
                day = period.next(after: day)
            }
        }
        self.rows = rows
        self.skipped = skipped
    }
}
