import Foundation
import Bank

/// `[[expression]]` or `[[expression:format]]` in exercise text, compiled once at load.
struct Placeholder: Sendable {
    var expression: Expression
    var format: ValueFormat
}

/// `[[name]]` and `[[expression:format]]` in exercise text: found and compiled at load, replaced
/// by one variant's values per draw.
enum Placeholders {
    /// Every placeholder of `text` compiled, by what is written between the brackets; problems
    /// (unclosed brackets, unknown formats, unknown names) are errors at their place.
    static func compile(_ text: MarkdownText, known: Set<String>, into table: inout [String: Placeholder],
                        diagnostics: inout [Diagnostic]) {
        var found: [(String, SourceLocation)] = []
        do {
            _ = try walk(text) { (inside, location) throws(VariantError) in
                found.append((inside, location))
                return ""
            }
        } catch {
            diagnostics.append(.error(at: error.location, error.message))
        }
        for (inside, location) in found {
            switch compile(inside) {
            case .success(let placeholder):
                for problem in placeholder.expression.problems(known: known) {
                    diagnostics.append(.error(at: location, "`[[\(inside)]]`: \(problem)"))
                }
                table[inside] = placeholder
            case .failure(let message):
                diagnostics.append(.error(at: location, message.message))
            }
        }
    }

    /// The text with every placeholder replaced, or the first problem with its place in the file.
    static func substitute(_ text: MarkdownText, _ scope: [String: Value], _ table: [String: Placeholder],
                           exerciseID: String) throws(VariantError) -> MarkdownText {
        guard text.text.contains("[[") else { return text }
        let output = try walk(text) { (inside, location) throws(VariantError) in
            var placeholder: Placeholder
            if let compiled = table[inside] {
                placeholder = compiled
            } else {
                switch compile(inside) {
                case .success(let compiled): placeholder = compiled
                case .failure(let failure): throw VariantError(exerciseID: exerciseID, location: location, message: failure.message)
                }
            }
            let value: Value
            do throws(EvaluationError) { value = try placeholder.expression.evaluate(in: scope) } catch {
                throw VariantError(exerciseID: exerciseID, location: location, message: "`[[\(inside)]]`: \(error.message)")
            }
            if let numbers = value.numbers, numbers.contains(where: { !$0.isFinite }) {
                throw VariantError(exerciseID: exerciseID, location: location, message: "`[[\(inside)]]` is \(value), not a finite number")
            }
            return placeholder.format.format(value)
        }
        return MarkdownText(output, at: text.location)
    }

    /// What the placeholder `[[inside]]` reads and how it prints it.
    static func compile(_ inside: String) -> Result<Placeholder, EvaluationError> {
        var expressionText = inside, formatText = ""
        if let colon = formatColon(in: inside) {
            expressionText = String(inside[..<colon])
            formatText = String(inside[inside.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        guard let format = ValueFormat(formatText) else {
            return .failure(EvaluationError(message: "unknown format `\(formatText)` in `[[\(inside)]]`; formats: \(ValueFormat.specifiers.joined(separator: ", "))"))
        }
        do {
            return .success(Placeholder(expression: try Expression.parse(expressionText), format: format))
        } catch {
            return .failure(EvaluationError(message: "cannot read `[[\(inside)]]`: \(error)"))
        }
    }

    /// Calls `replace` with every placeholder and its place, and joins the text around them.
    private static func walk(_ text: MarkdownText, _ replace: (String, SourceLocation) throws(VariantError) -> String) throws(VariantError) -> String {
        var output = ""
        var line = text.location.line, column = 1
        var rest = Substring(text.text)
        while var open = rest.range(of: "[[") {
            // In `[[[n]], 3]` the first bracket is the list's own.
            while rest[open.upperBound...].first == "[" {
                open = rest.index(after: open.lowerBound)..<rest.index(after: open.upperBound)
            }
            let before = rest[rest.startIndex..<open.lowerBound]
            output += before
            advance(&line, &column, over: before)
            let location = SourceLocation(file: text.location.file, line: line, column: column)
            guard let close = closing(in: rest, after: open.upperBound) else {
                throw VariantError(exerciseID: "", location: location, message: "`[[` is never closed with `]]`")
            }
            output += try replace(String(rest[open.upperBound..<close.lowerBound]), location)
            advance(&line, &column, over: rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        return output + rest
    }

    /// The `]]` that closes a placeholder, skipping brackets of indexing such as `x[0]`.
    private static func closing(in text: Substring, after start: Substring.Index) -> Range<Substring.Index>? {
        var depth = 0
        var index = start
        while index < text.endIndex {
            let c = text[index]
            if c == "\n" { return nil }
            if c == "[" { depth += 1 }
            if c == "]" {
                if depth == 0 {
                    let next = text.index(after: index)
                    return next < text.endIndex && text[next] == "]" ? index..<text.index(after: next) : nil
                }
                depth -= 1
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The last `:` outside double-quoted text: `[[if(c, "a: b", "c"):.2f]]` formats with `.2f`,
    /// and a colon inside a word is part of the word.
    private static func formatColon(in text: String) -> String.Index? {
        var quoted = false, found: String.Index?
        for index in text.indices {
            if text[index] == "\"" { quoted.toggle() }
            if text[index] == ":", !quoted { found = index }
        }
        return found
    }

    private static func advance(_ line: inout Int, _ column: inout Int, over text: Substring) {
        for c in text {
            if c == "\n" { line += 1; column = 1 } else { column += 1 }
        }
    }
}
