import Bank
import Mustache

extension Theme {
    /// A template that does not parse, at the line and column Mustache stopped, in plain words
    /// (a line less than Mustache counts: it parsed the template below `HTMLEscaping.pragma`).
    static func diagnostic(for error: any Error, in file: String) -> Diagnostic {
        guard let parse = error as? MustacheTemplate.ParserError else {
            return .error(at: SourceLocation(file: file, line: 1), "the template does not parse")
        }
        let location = SourceLocation(file: file, line: max(1, parse.context.lineNumber - 1), column: parse.context.columnNumber)
        let (message, hint) = explanation(of: parse.error)
        return Diagnostic(.error, stage: .render, at: location, message, hint: hint)
    }

    private static func explanation(of error: any Error) -> (String, String?) {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            ("this `{{/…}}` does not close the section opened last", "close sections in the reverse order of opening them")
        case .unfinishedName?:
            ("a tag is not finished", "write every tag as `{{name}}`, with both closing braces")
        case .expectedSectionEnd?:
            ("a section is never closed", "end every `{{#name}}` and `{{^name}}` with `{{/name}}`")
        case .invalidSetDelimiter?:
            ("the set-delimiter tag does not read", "write it as `{{=<% %>=}}`")
        case .transformAppliedToInheritanceSection?, .illegalTokenInsideInheritSection?, .textInsideInheritSection?:
            ("a partial's inheritance section holds something it cannot", "put only `{{$block}}…{{/block}}` inside `{{<partial}}`")
        case .invalidConfigVariableSyntax?, .unrecognisedConfigVariable?:
            ("a `{{% …}}` configuration tag does not read", nil)
        case nil:
            ("the template does not parse", nil)
        }
    }
}
