import Bank
import Foundation
import Mustache

/// `results/report.html`: a printable page with the distribution of totals and grades, every
/// student's total and grade, per part the mean, difficulty and item–rest correlation,
/// Cronbach's alpha, and per variant the mean total with a one-way ANOVA, flagging the parts
/// one variant made much harder. A built-in template, like the private index: it is the
/// instructor's, not a page of the course. Every value from the bank or the roster is escaped.
public enum ResultsReport {
    public static func html(_ results: ExamResults) -> String {
        let scale = results.exam.scale
        let totals = Histogram.totals(results.students.map(\.total), maximum: results.maximum, title: "Totals (points)")
        let grades = scale.map { Histogram.grades(results.students.compactMap(\.grade), bins: $0.gradeBins, title: "Grades") }
        let passed = results.students.count { $0.grade?.passed == true }
        let view = View(
            title: results.exam.title, id: results.exam.id, date: results.exam.date.iso,
            graded: results.students.count, maximum: Gradebook.number(results.maximum),
            meanTotal: ExamResults.fixed(Statistics.mean(results.students.map(\.total))),
            sdTotal: ExamResults.fixed(Statistics.standardDeviation(results.students.map(\.total))),
            scale: scale.map(describe), passRate: scale == nil ? nil : "\(passed) of \(results.students.count)",
            totalsSVG: totals.svg, gradesSVG: grades?.svg,
            alpha: ExamResults.fixed(results.alpha), alphaItems: results.alphaItems,
            parts: results.parts.map { part in
                PartRow(key: part.key.description, maximum: part.maximum.description, count: part.count,
                        mean: ExamResults.fixed(part.mean), difficulty: ExamResults.fixed(part.difficulty),
                        itemRest: ExamResults.fixed(part.itemRest),
                        anovaP: part.anova.map { ExamResults.pValue($0.p).replacingOccurrences(of: "= ", with: "") } ?? "–", flag: part.flag)
            },
            flagged: results.parts.compactMap { part in part.flag.map { "\(part.key): \($0)" } },
            variants: results.variants.map { VariantRow(code: $0.code.isEmpty ? "as written" : $0.code, count: $0.count,
                                                        mean: ExamResults.fixed($0.meanTotal), sd: ExamResults.fixed($0.standardDeviation)) },
            anova: results.anova.map { "F(\($0.between), \($0.within)) = \(ExamResults.fixed($0.f)), p \(ExamResults.pValue($0.p))" },
            students: results.students.map { student in
                StudentRow(number: student.row.student.number, name: student.row.student.name, variant: student.row.code ?? "",
                           total: Gradebook.number(student.total), grade: student.grade?.text ?? "")
            })
        return template.render(view)
    }

    static func describe(_ scale: GradeScale) -> String {
        switch scale {
        case .linear(let s):
            "linear from \(Gradebook.number(s.lowest)) to \(Gradebook.number(s.highest)); \(Gradebook.number(s.pass)) (a pass) at \(s.passAt.text), rounded to \(Gradebook.number(s.round))"
        case .letters(let s):
            s.bands.map { "\($0.grade) from \($0.from.text)" }.joined(separator: ", ") + "; \(s.pass) or better passes"
        }
    }

    struct View {
        var title, id, date: String
        var graded: Int
        var maximum, meanTotal, sdTotal: String
        var scale, passRate: String?
        var totalsSVG: String
        var gradesSVG: String?
        var alpha: String
        var alphaItems: Int
        var parts: [PartRow]
        var flagged: [String]
        var variants: [VariantRow]
        var anova: String?
        var students: [StudentRow]
    }
    struct PartRow { var key, maximum: String; var count: Int; var mean, difficulty, itemRest, anovaP: String; var flag: String? }
    struct VariantRow { var code: String; var count: Int; var mean, sd: String }
    struct StudentRow { var number, name, variant, total, grade: String }

    // Mustache escapes every {{value}}; the SVGs ({{{…}}}) escape their own texts.
    static let template = try! MustacheTemplate(string: """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Results · {{title}}</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #111; }
        table { border-collapse: collapse; margin: 0.5rem 0 1.5rem; }
        th, td { border: 1px solid #bbb; padding: 0.2rem 0.5rem; text-align: right; }
        th:first-child, td:first-child, .text { text-align: left; }
        .flag { color: #a00; font-weight: 600; }
        .histogram rect { fill: #3b6ea5; }
        .histogram text { font-size: 10px; fill: #111; }
        figure { display: inline-block; margin: 0 2rem 1rem 0; }
        @page { size: A4; margin: 15mm; }
        @media print { body { margin: 0; max-width: none; } section { break-inside: avoid; } }
        </style>
        </head>
        <body>
        <main id="main">
        <h1>{{title}}: results</h1>
        <p>Exam <code>{{id}}</code> of {{date}} · {{graded}} students graded · mean total {{meanTotal}} of {{maximum}} points (standard deviation {{sdTotal}}){{#passRate}} · passed: {{.}}{{/passRate}}</p>
        {{#scale}}<p>Grade scale: {{.}}.</p>{{/scale}}
        <section id="distribution">
        <h2>Distribution</h2>
        <figure>{{{totalsSVG}}}<figcaption>Totals, in points</figcaption></figure>
        {{#gradesSVG}}<figure>{{{.}}}<figcaption>Grades</figcaption></figure>{{/gradesSVG}}
        </section>
        <section id="parts">
        <h2>Parts</h2>
        <p>Difficulty is the mean score as a fraction of the part's maximum (1 = everybody full marks); item–rest is the correlation of the part with the rest of the total. Cronbach's alpha over the {{alphaItems}} parts every student had: <strong id="alpha">{{alpha}}</strong>.</p>
        <table id="part-table">
        <thead><tr><th>Part</th><th>Max</th><th>Students</th><th>Mean</th><th>Difficulty</th><th>Item–rest r</th><th>Variants differ (ANOVA p)</th></tr></thead>
        <tbody>
        {{#parts}}<tr><td>{{key}}{{#flag}} <span class="flag">⚑</span>{{/flag}}</td><td>{{maximum}}</td><td>{{count}}</td><td>{{mean}}</td><td>{{difficulty}}</td><td>{{itemRest}}</td><td>{{anovaP}}</td></tr>
        {{/parts}}
        </tbody>
        </table>
        </section>
        <section id="variants">
        <h2>Variants</h2>
        <table id="variant-table">
        <thead><tr><th>Variant</th><th>Students</th><th>Mean total</th><th>Standard deviation</th></tr></thead>
        <tbody>
        {{#variants}}<tr><td>{{code}}</td><td>{{count}}</td><td>{{mean}}</td><td>{{sd}}</td></tr>
        {{/variants}}
        </tbody>
        </table>
        {{#anova}}<p>One-way ANOVA of the totals across variants: <strong id="anova">{{.}}</strong>.</p>{{/anova}}
        {{^anova}}<p>Fewer than two variants with students: no test of whether they differ.</p>{{/anova}}
        <h3>Parts much harder on one variant</h3>
        <ul id="flagged">
        {{#flagged}}<li class="flag">{{.}}</li>
        {{/flagged}}
        {{^flagged}}<li>None.</li>{{/flagged}}
        </ul>
        </section>
        <section id="students">
        <h2>Students</h2>
        <table id="student-table">
        <thead><tr><th>Number</th><th class="text">Name</th><th class="text">Variant</th><th>Total</th><th>Grade</th></tr></thead>
        <tbody>
        {{#students}}<tr><td>{{number}}</td><td class="text">{{name}}</td><td class="text">{{variant}}</td><td>{{total}}</td><td>{{grade}}</td></tr>
        {{/students}}
        </tbody>
        </table>
        </section>
        </main>
        </body>
        </html>

        """)
}

extension Threshold {
    /// `22 points` or `55%`.
    var text: String {
        switch self {
        case .points(let points): "\(Gradebook.number(points)) points"
        case .percent(let percent): "\(Gradebook.number(percent))%"
        }
    }
}
