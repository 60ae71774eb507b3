/// A user macro: `\newcommand{\name}[count][default]{body}`.
struct MacroDefinition: Sendable, Equatable {
    var parameterCount: Int
    /// The default of the first (optional) parameter, when one was declared.
    var defaultArgument: [Token]?
    var body: [Token]
}

/// User macros by name (without backslash).
struct MacroTable: Sendable {
    var definitions: [String: MacroDefinition] = [:]

    /// Reads every definition in `source`; blanks and `%` comments between them are allowed.
    init(source: String) throws(MacroError) {
        let tokens = Lexer.tokenize(source)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            if token.kind == .space { index += 1; continue }
            guard let name = token.commandName, MacroDefinitionReader.definingCommands.contains(name) else {
                if token.commandName == "def" {
                    throw MacroError(at: token.location, "\\def is not supported; use \\newcommand{\\name}[n]{body}")
                }
                throw MacroError(at: token.location, "expected \\newcommand, \\renewcommand or \\DeclareMathOperator, found \(token.texSpelling)")
            }
            let (macro, definition) = try MacroDefinitionReader.read(tokens, at: &index)
            definitions[macro] = definition
        }
    }

    init() {}
}
