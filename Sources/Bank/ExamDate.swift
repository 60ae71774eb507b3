/// A calendar date, free of time zones, so an exam's date prints the same everywhere.
public struct ExamDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Parses `YYYY-MM-DD`.
    public init?(iso: String) {
        let fields = iso.split(separator: "-").map { Int($0) }
        guard fields.count == 3, let y = fields[0], let m = fields[1], let d = fields[2],
              (1...12).contains(m), (1...Self.daysIn(month: m, year: y)).contains(d) else { return nil }
        (year, month, day) = (y, m, d)
    }

    /// Why `text` is not a date, for a diagnostic about the `date` key.
    static func problem(with text: String) -> String {
        guard let match = text.wholeMatch(of: /(\d{4})-(\d{2})-(\d{2})/),
              let year = Int(match.1), let month = Int(match.2), let day = Int(match.3) else {
            return "`date` must be an ISO date such as 2019-01-22, got `\(text)`"
        }
        guard (1...12).contains(month) else {
            return "`date` \(text) has month \(month); write the date as year-month-day, such as 2019-01-22"
        }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
        return "`date` \(text) does not exist: \(months[month - 1]) \(year) has \(daysIn(month: month, year: year)) days"
    }

    public var iso: String {
        "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
    }

    public var description: String { iso }

    /// "Tuesday".
    public var weekday: String {
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][weekdayNumber - 1]
    }

    /// The ISO weekday, 1 for Monday to 7 for Sunday, by Zeller's congruence (no calendar or locale involved).
    public var weekdayNumber: Int {
        let (m, y) = month < 3 ? (month + 12, year - 1) : (month, year)
        let h = (day + 13 * (m + 1) / 5 + y + y / 4 - y / 100 + y / 400) % 7
        return (h + 5) % 7 + 1
    }

    /// "Tuesday, Jan 22, 2019", as the 2019 cover writes it.
    public var long: String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekday), \(months[month - 1]) \(day), \(year)"
    }

    public static func < (a: ExamDate, b: ExamDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
