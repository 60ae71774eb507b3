import Bank
import Foundation

/// What `sitegen grade` computes from a checked scores file: every student's total and grade,
/// per part the mean, the difficulty and the item–rest correlation, Cronbach's alpha, and per
/// variant the mean total with a one-way ANOVA of whether the variants differ.
public struct ExamResults: Sendable {
    public struct Student: Sendable, Hashable {
        public var row: ScoreSheet.Row
        public var total: Double
        public var grade: Grade?
    }

    public struct Part: Sendable, Hashable {
        public var key: PartKey
        public var maximum: Points
        /// How many graded students had the part on their form.
        public var count: Int
        public var mean: Double
        /// The p-value of classical test theory: the mean as a fraction of the maximum (1 = easy).
        public var difficulty: Double
        /// Pearson's r between the part and the rest of the total (the total without the part).
        public var itemRest: Double
        /// The difficulty on each variant that prints the part.
        public var byVariant: [(code: String, count: Int, difficulty: Double)]
        /// Whether the variants' scores on this part differ (nil with fewer than two variants).
        public var anova: Statistics.ANOVA?
        /// Why the part is flagged as much harder on one variant; nil when it is not.
        public var flag: Flag?

        public static func == (a: Part, b: Part) -> Bool { a.key == b.key && a.count == b.count && a.mean == b.mean }
        public func hash(into hasher: inout Hasher) { hasher.combine(key) }
    }

    /// A part much harder on one variant: its difficulty there and on the others, and the ANOVA's p.
    public struct Flag: Sendable, Hashable, CustomStringConvertible {
        public var code: String
        public var difficulty: Double
        public var others: Double
        public var p: Double

        /// In English, as `sitegen grade` says it; the report words it in the course's language.
        public var description: String {
            "variant \(code) is much harder: difficulty \(ExamResults.fixed(difficulty)) against \(ExamResults.fixed(others)) on the other variants (ANOVA p \(ExamResults.pValue(p)))"
        }
    }

    public struct Variant: Sendable, Hashable {
        public var code: String
        public var count: Int
        public var meanTotal: Double
        public var standardDeviation: Double
    }

    public var exam: ExamSpec
    public var maximum: Double
    public var students: [Student]
    public var parts: [Part]
    /// Cronbach's alpha over the parts every graded student had, and how many parts that is.
    public var alpha: Double
    public var alphaItems: Int
    public var variants: [Variant]
    /// Whether the variants' mean totals differ.
    public var anova: Statistics.ANOVA?

    /// A part is flagged when one variant's difficulty is at least this far below that of the
    /// students of the other variants…
    public static let flagGap = 0.2
    /// …and the part's ANOVA across variants gives a p-value below this.
    public static let flagLevel = 0.05

    public init(sheet: ScoreSheet, forms: GradingForms) {
        exam = forms.exam
        maximum = forms.total.value
        let scale = forms.exam.scale
        students = sheet.rows.map { row in
            Student(row: row, total: row.total, grade: scale?.grade(row.total, of: forms.total.value))
        }
        let rows = sheet.rows
        parts = forms.columns.compactMap { column in
            let graded = rows.filter { $0.points[column.key] != nil }
            guard !graded.isEmpty else { return nil }
            let scores = graded.map { $0.points[column.key]! }
            let rest = graded.map { $0.total - $0.points[column.key]! }
            let maximum = column.points.value
            let codes = Self.codes(of: graded)
            let groups = codes.map { code in graded.filter { $0.code == code }.map { $0.points[column.key]! } }
            let byVariant = zip(codes, groups).map { (code: $0 ?? "", count: $1.count, difficulty: Statistics.mean($1) / maximum) }
            let anova = codes.count > 1 ? Statistics.oneWayANOVA(groups) : nil
            var part = Part(key: column.key, maximum: column.points, count: graded.count, mean: Statistics.mean(scores),
                            difficulty: Statistics.mean(scores) / maximum, itemRest: Statistics.correlation(scores, rest),
                            byVariant: byVariant, anova: anova, flag: nil)
            part.flag = Self.flag(part, groups: groups, maximum: maximum)
            return part
        }
        let common = forms.columns.map(\.key).filter { key in !rows.isEmpty && rows.allSatisfy { $0.points[key] != nil } }
        alpha = Statistics.cronbachAlpha(common.map { key in rows.map { $0.points[key]! } })
        alphaItems = common.count
        let codes = Self.codes(of: rows)
        variants = codes.map { code in
            let totals = rows.filter { $0.code == code }.map(\.total)
            return Variant(code: code ?? "", count: totals.count, meanTotal: Statistics.mean(totals),
                           standardDeviation: Statistics.standardDeviation(totals))
        }
        anova = codes.count > 1 ? Statistics.oneWayANOVA(codes.map { code in rows.filter { $0.code == code }.map(\.total) }) : nil
    }

    /// What `sitegen grade` says when it is done: the mean total, alpha and the variants' ANOVA,
    /// then one line per flagged part.
    public var summary: [String] {
        let mean = Self.fixed(Statistics.mean(students.map(\.total)))
        let anova = self.anova.map { ", variants' totals compared: ANOVA p \(Self.pValue($0.p))" } ?? ""
        return ["graded \(String(counting: students.count, "student")) of exam `\(exam.id)`: mean total \(mean) of \(Gradebook.number(maximum)), Cronbach's alpha \(Self.fixed(alpha))\(anova)"]
            + parts.compactMap { part in part.flag.map { "part \(part.key): \($0)" } }
    }

    /// The variant codes of `rows`, in the order of the codes (A, B, …, Z, AA).
    static func codes(of rows: [ScoreSheet.Row]) -> [String?] {
        Set(rows.map(\.code)).sorted { ($0?.count ?? 0, $0 ?? "") < ($1?.count ?? 0, $1 ?? "") }
    }

    /// Why a part is much harder on one variant, or nil: the hardest variant (with at least two
    /// students) lies `flagGap` or more below the other variants' students together, and the
    /// ANOVA says the variants differ at `flagLevel`.
    static func flag(_ part: Part, groups: [[Double]], maximum: Double) -> Flag? {
        guard let anova = part.anova, anova.p < flagLevel else { return nil }
        let candidates = part.byVariant.indices.filter { part.byVariant[$0].count >= 2 }
        guard let hardest = candidates.min(by: { part.byVariant[$0].difficulty < part.byVariant[$1].difficulty }) else { return nil }
        let others = groups.indices.filter { $0 != hardest }.flatMap { groups[$0] }
        guard !others.isEmpty else { return nil }
        let gap = Statistics.mean(others) / maximum - part.byVariant[hardest].difficulty
        guard gap >= flagGap else { return nil }
        let variant = part.byVariant[hardest]
        return Flag(code: variant.code, difficulty: variant.difficulty, others: gap + variant.difficulty, p: anova.p)
    }

    /// `= 0.452`, or `< 0.001` for the smallest.
    public static func pValue(_ p: Double) -> String {
        p.isFinite ? (p < 0.001 ? "< 0.001" : "= " + String(format: "%.3f", p)) : "–"
    }

    static func fixed(_ value: Double, _ digits: Int = 2) -> String {
        value.isFinite ? String(format: "%.\(digits)f", value) : "–"
    }
}
