import Foundation
import Bank

/// `[[name]]` and `[[expression:format]]` in exercise text, replaced by one variant's values.
enum Placeholders {
    /// The text with every placeholder replaced, or the first problem with its place in the file.
    static func substitute(_ text: MarkdownText, _ scope: [String: Value], exerciseID: String) throws(VariantError) -> MarkdownText {
        guard text.text.contains("[[") else { return text }
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
            guard let close = closing(in: rest, after: open.upperBound) else {
                throw VariantError(exerciseID: exerciseID, location: SourceLocation(file: text.location.file, line: line, column: column),
                                   message: "`[[` is never closed with `]]`")
            }
            let inside = String(rest[open.upperBound..<close.lowerBound])
            let location = SourceLocation(file: text.location.file, line: line, column: column)
            output += try replacement(inside, scope, at: location, exerciseID: exerciseID)
            advance(&line, &column, over: rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        output += rest
        return MarkdownText(output, at: text.location)
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

    private static func replacement(_ inside: String, _ scope: [String: Value], at location: SourceLocation,
                                    exerciseID: String) throws(VariantError) -> String {
        var expressionText = inside, formatText = ""
        if let colon = formatColon(in: inside) {
            expressionText = String(inside[..<colon])
            formatText = String(inside[inside.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        }
        guard let format = ValueFormat(formatText) else {
            throw VariantError(exerciseID: exerciseID, location: location,
                               message: "unknown format `\(formatText)` in `[[\(inside)]]`; formats: \(ValueFormat.specifiers.joined(separator: ", "))")
        }
        do {
            return format.format(try Expression.parse(expressionText).evaluate(in: scope))
        } catch let error as ExpressionError {
            throw VariantError(exerciseID: exerciseID, location: location, message: "cannot read `[[\(inside)]]`: \(error)")
        } catch let error as EvaluationError {
            throw VariantError(exerciseID: exerciseID, location: location, message: "`[[\(inside)]]`: \(error.message)")
        } catch {
            throw VariantError(exerciseID: exerciseID, location: location, message: "`[[\(inside)]]`: \(error)")
        }
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

