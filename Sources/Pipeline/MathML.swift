import Bank
import Markup

/// How formulas are rendered: the TeX → MathML converter plugs in here.
enum MathML {
    static func renderer(for course: Course) -> any MathRenderer {
        TeXSourceMathRenderer()
    }
}
