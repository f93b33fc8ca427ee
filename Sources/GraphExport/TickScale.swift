import ArticleText
import Foundation
import TemporalExpressions

/// The unit of a timeline's axis, chosen for the span shown: years above three years, months above two
/// months, days below; steps grow (5 or 10 years, quarters, weeks) so that an axis has about 4–16 ticks.
struct TickScale: Sendable {
    enum Unit: Sendable { case year, month, day }

    var unit: Unit
    /// Ticks are every `step` units.
    var step: Int
    var firstDay: Int
    var lastDay: Int

    init(firstDay: Int, lastDay: Int) {
        self.firstDay = firstDay
        self.lastDay = lastDay
        let span = lastDay - firstDay
        if span > 3 * 365 {
            unit = .year
            let years = span / 365
            step = years > 80 ? 20 : years > 40 ? 10 : years > 16 ? 5 : 1
        } else if span > 60 {
            unit = .month
            let months = span / 30
            step = months > 24 ? 3 : 1
        } else {
            unit = .day
            step = span > 16 ? 7 : 1
        }
    }

    /// The start of the period holding `date` and its label ("2025", "Sep 2025", "14 Sep 2025").
    func period(of date: CalendarDate) -> (day: Int, label: String) {
        switch unit {
        case .year:
            let year = date.year - ((date.year % step) + step) % step
            let start = CalendarDate(year: year, month: 1, day: 1) ?? date
            return (start.dayNumber, step == 1 ? "\(year)" : "\(year)–\(year + step - 1)")
        case .month:
            let month = date.month - (date.month - 1) % step
            let start = CalendarDate(year: date.year, month: month, day: 1) ?? date
            let label = step == 1 ? HumanDate.text(String(format: "%04d-%02d", date.year, month))
                : "Q\((month - 1) / 3 + 1) \(date.year)"
            return (start.dayNumber, label)
        case .day:
            let day = date.dayNumber - ((date.dayNumber - firstDay) % step)
            return (day, HumanDate.text(Self.iso(CalendarDate(dayNumber: day))))
        }
    }

    /// The ticks from the first to the last day: each period start inside the span (the first one clamped, and
    /// left out when clamping puts it within 40% of a step of the next).
    func ticks() -> [(day: Int, label: String)] {
        var result: [(day: Int, label: String)] = []
        var date = CalendarDate(dayNumber: firstDay)
        var guardCount = 0
        while guardCount < 400 {
            guardCount += 1
            let period = period(of: date)
            if period.day > lastDay { break }
            if result.last?.day != period.day { result.append((max(period.day, firstDay), period.label)) }
            switch unit {
            case .year: date = CalendarDate(year: (CalendarDate(dayNumber: period.day).year) + step, month: 1, day: 1) ?? date
            case .month: date = CalendarDate(dayNumber: period.day).plusMonths(step)
            case .day: date = CalendarDate(dayNumber: period.day + step)
            }
        }
        // A span that starts late in its first period ("Jan 2024" clamped to 28 January) would print that label
        // almost on top of the next one ("Feb 2024"): the next tick then labels the axis.
        let nominalDays = Double(step) * (unit == .year ? 365 : unit == .month ? 30 : 1)
        if result.count >= 2, period(of: CalendarDate(dayNumber: firstDay)).day < firstDay,
           Double(result[1].day - result[0].day) < 0.4 * nominalDays
        {
            result.removeFirst()
        }
        return result
    }

    static func iso(_ date: CalendarDate) -> String { String(format: "%04d-%02d-%02d", date.year, date.month, date.day) }
}
