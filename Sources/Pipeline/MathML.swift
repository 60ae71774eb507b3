import Bank
import Markup
import TeXMath
import Variants

/// Formulas become MathML at build time with the course's macros; no JavaScript on any page.
/// A formula's MathML depends only on its TeX, so each distinct formula is converted once per build
/// (up to `ResultMemo`'s bound; past it the memo starts over and formulas are converted again).
struct MathMLRenderer: MathRenderer {
    var converter: MathConverter
    let converted = ResultMemo<ExactText, MathResult>(limit: 1 << 16)

    /// The renderer for a course, or an error located at the `macros` entry that does not read.
    static func forCourse(_ course: Course) throws(DiagnosticError) -> MathMLRenderer {
        do {
            return MathMLRenderer(converter: try MathConverter(macros: course.macros.joined(separator: "\n")))
        } catch {
            let entry = course.keyLocations["macros[\(error.line - 1)]"]
            throw DiagnosticError(stage: .load, diagnostics: [
                .error(at: entry, "TeX macro definition: \(error.message)"),
            ])
        }
    }

    func render(_ tex: String, display: Bool) -> (html: String, warnings: [MarkupWarning]) {
        let result = converted.value(for: ExactText((display ? "D" : "I") + tex)) { converter.convert(tex, display: display) }
        let warnings = result.warnings.map { MarkupWarning(line: $0.line, column: $0.column, message: $0.message) }
        let html = display ? "<div class=\"math display\">\(result.mathML)</div>" : result.mathML
        return (html, warnings)
    }
}
