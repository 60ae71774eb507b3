import Bank
import Foundation
import Mustache
import Render

/// `results/report.html`: a printable page with the distribution of totals and grades, every
/// student's total and grade, per part the mean, difficulty and item–rest correlation,
/// Cronbach's alpha, and per variant the mean total with a one-way ANOVA, flagging the parts
/// one variant made much harder. A built-in template, like the private index: it is the
/// instructor's, not a page of the course. Every value from the bank or the roster is escaped.
public enum ResultsReport {
    /// The report in the words of the course's language, which the build's `manifest` carries.
    public static func html(_ results: ExamResults, words manifest: DocumentManifest) -> String {
        let scale = results.exam.scale
        let totals = Histogram.totals(results.students.map(\.total), maximum: results.maximum, title: manifest.word("totalsInPoints"))
        let grades = scale.map { Histogram.grades(results.students.compactMap(\.grade), bins: $0.gradeBins, title: manifest.word("grades")) }
        let passed = results.students.count { $0.grade?.passed == true }
        let date = manifest.exams.first { $0.id == results.exam.id }?.printedDate ?? results.exam.date.iso
        let escape = Histogram.escape
        var summary = escape(manifest.word("resultsSummary")).filling([
            "id": "<code>\(escape(results.exam.id))</code>", "date": escape(date),
            "graded": escape(manifest.counted(results.students.count, one: "studentGraded", many: "studentsGraded")),
            "mean": ExamResults.fixed(Statistics.mean(results.students.map(\.total))),
            "maximum": escape(points(results.maximum, manifest)),
            "sd": ExamResults.fixed(Statistics.standardDeviation(results.students.map(\.total))),
        ])
        if scale != nil {
            summary += " · " + escape(manifest.word("passedOf", ["passed": String(passed), "count": String(results.students.count)]))
        }
        let view = View(
            lang: manifest.language, labels: manifest.labels, title: results.exam.title,
            heading: manifest.word("resultsOf", ["exam": results.exam.title]), summary: summary,
            scale: scale.map { manifest.word("gradeScale", ["scale": describe($0, manifest)]) },
            totalsSVG: totals.svg, gradesSVG: grades?.svg,
            partsExplained: escape(manifest.word("partsExplained")).filling([
                "n": String(results.alphaItems), "alpha": "<strong id=\"alpha\">\(ExamResults.fixed(results.alpha))</strong>"]),
            parts: results.parts.map { part in
                PartRow(key: part.key.description, maximum: part.maximum.description, count: part.count,
                        mean: ExamResults.fixed(part.mean), difficulty: ExamResults.fixed(part.difficulty),
                        itemRest: ExamResults.fixed(part.itemRest),
                        anovaP: part.anova.map { ExamResults.pValue($0.p).replacingOccurrences(of: "= ", with: "") } ?? "–", flag: part.flag != nil)
            },
            flagged: results.parts.compactMap { part in part.flag.map { "\(part.key): " + flag($0, manifest) } },
            variants: results.variants.map { VariantRow(code: $0.code.isEmpty ? manifest.word("asWritten") : $0.code, count: $0.count,
                                                        mean: ExamResults.fixed($0.meanTotal), sd: ExamResults.fixed($0.standardDeviation)) },
            anova: results.anova.map { anova in
                let test = "F(\(anova.between), \(anova.within)) = \(ExamResults.fixed(anova.f)), p \(ExamResults.pValue(anova.p))"
                return escape(manifest.word("anovaOfTotals")).filling(["anova": "<strong id=\"anova\">\(escape(test))</strong>"])
            },
            students: results.students.map { student in
                StudentRow(number: student.row.student.number, name: student.row.student.name, variant: student.row.code ?? "",
                           total: Gradebook.number(student.total), grade: student.grade?.text ?? "")
            })
        return template.render(view)
    }

    static func describe(_ scale: GradeScale, _ words: DocumentManifest) -> String {
        switch scale {
        case .linear(let s):
            words.word("linearScale", ["lowest": Gradebook.number(s.lowest), "highest": Gradebook.number(s.highest),
                                       "pass": Gradebook.number(s.pass), "at": s.passAt.text(words), "round": Gradebook.number(s.round)])
        case .letters(let s):
            s.bands.map { words.word("letterBand", ["grade": $0.grade, "from": $0.from.text(words)]) }.joined(separator: ", ")
                + "; " + words.word("letterPass", ["grade": s.pass])
        }
    }

    static func flag(_ flag: ExamResults.Flag, _ words: DocumentManifest) -> String {
        words.word("harderVariant", ["code": flag.code, "difficulty": ExamResults.fixed(flag.difficulty),
                                     "others": ExamResults.fixed(flag.others), "p": ExamResults.pValue(flag.p)])
    }

    /// `1 point`, `22 points`, in the course's words.
    static func points(_ value: Double, _ words: DocumentManifest) -> String {
        "\(Gradebook.number(value)) " + words.word(value == 1 ? "point" : "points")
    }

    struct View {
        var lang: String
        var labels: [String: String]
        var title, heading: String
        /// HTML: the exam's id in `<code>`.
        var summary: String
        var scale: String?
        var totalsSVG: String
        var gradesSVG: String?
        /// HTML: alpha in `<strong id="alpha">`.
        var partsExplained: String
        var parts: [PartRow]
        var flagged: [String]
        var variants: [VariantRow]
        /// HTML: the test in `<strong id="anova">`.
        var anova: String?
        var students: [StudentRow]
    }
    struct PartRow { var key, maximum: String; var count: Int; var mean, difficulty, itemRest, anovaP: String; var flag: Bool }
    struct VariantRow { var code: String; var count: Int; var mean, sd: String }
    struct StudentRow { var number, name, variant, total, grade: String }

    // Mustache escapes every {{value}} (`HTMLEscaping`); the SVGs ({{{…}}}) escape their own texts.
    static let template = HTMLEscaping.template(source)

    /// The template; its `{{labels.…}}` are keys of the language files.
    public static let source = """
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{{labels.results}} · {{title}}</title>
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
        <h1>{{heading}}</h1>
        <p>{{{summary}}}</p>
        {{#scale}}<p>{{.}}</p>{{/scale}}
        <section id="distribution">
        <h2>{{labels.distribution}}</h2>
        <figure>{{{totalsSVG}}}<figcaption>{{labels.totalsInPoints}}</figcaption></figure>
        {{#gradesSVG}}<figure>{{{.}}}<figcaption>{{labels.grades}}</figcaption></figure>{{/gradesSVG}}
        </section>
        <section id="parts">
        <h2>{{labels.parts}}</h2>
        <p>{{{partsExplained}}}</p>
        <table id="part-table">
        <thead><tr><th>{{labels.part}}</th><th>{{labels.maximumShort}}</th><th>{{labels.students}}</th><th>{{labels.mean}}</th><th>{{labels.difficulty}}</th><th>{{labels.itemRest}}</th><th>{{labels.variantsDiffer}}</th></tr></thead>
        <tbody>
        {{#parts}}<tr><td>{{key}}{{#flag}} <span class="flag">⚑</span>{{/flag}}</td><td>{{maximum}}</td><td>{{count}}</td><td>{{mean}}</td><td>{{difficulty}}</td><td>{{itemRest}}</td><td>{{anovaP}}</td></tr>
        {{/parts}}
        </tbody>
        </table>
        </section>
        <section id="variants">
        <h2>{{labels.variants}}</h2>
        <table id="variant-table">
        <thead><tr><th>{{labels.variant}}</th><th>{{labels.students}}</th><th>{{labels.meanTotal}}</th><th>{{labels.standardDeviation}}</th></tr></thead>
        <tbody>
        {{#variants}}<tr><td>{{code}}</td><td>{{count}}</td><td>{{mean}}</td><td>{{sd}}</td></tr>
        {{/variants}}
        </tbody>
        </table>
        {{#anova}}<p>{{{.}}}</p>{{/anova}}
        {{^anova}}<p>{{labels.noAnova}}</p>{{/anova}}
        <h3>{{labels.harderOnOneVariant}}</h3>
        <ul id="flagged">
        {{#flagged}}<li class="flag">{{.}}</li>
        {{/flagged}}
        {{^flagged}}<li>{{labels.noneFound}}</li>{{/flagged}}
        </ul>
        </section>
        <section id="students">
        <h2>{{labels.students}}</h2>
        <table id="student-table">
        <thead><tr><th>{{labels.studentNumberShort}}</th><th class="text">{{labels.name}}</th><th class="text">{{labels.variant}}</th><th>{{labels.total}}</th><th>{{labels.grade}}</th></tr></thead>
        <tbody>
        {{#students}}<tr><td>{{number}}</td><td class="text">{{name}}</td><td class="text">{{variant}}</td><td>{{total}}</td><td>{{grade}}</td></tr>
        {{/students}}
        </tbody>
        </table>
        </section>
        </main>
        </body>
        </html>

        """
}

extension Threshold {
    /// `22 points` or `55%`.
    func text(_ words: DocumentManifest) -> String {
        switch self {
        case .points(let points): ResultsReport.points(points, words)
        case .percent(let percent): "\(Gradebook.number(percent))%"
        }
    }
}
