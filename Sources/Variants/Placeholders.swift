import Foundation
import Bank

/// `[[expression]]` or `[[expression:format]]` in exercise text, compiled once at load.
struct Placeholder: Sendable {
    var expression: Expression
    var format: ValueFormat
}

/// Every placeholder of an exercise compiled, and every text that holds some cut at its
/// placeholders, once at load: a draw only evaluates and formats the values and joins the pieces.
struct PlaceholderTable: Sendable {
    /// By what is written between the brackets.
    var compiled: [String: Placeholder] = [:]
    /// The texts that hold placeholders, cut, by the text as written.
    var texts: [String: [Placeholders.Piece]] = [:]

    var isEmpty: Bool { compiled.isEmpty }
}

/// `[[name]]` and `[[expression:format]]` in exercise text: found and compiled at load, replaced
/// by one variant's values per draw.
enum Placeholders {
    /// A stretch of text kept as written, or a placeholder with its place relative to the text's
    /// own (lines after its first; columns from 1 on every line, as `SourceLocation` counts).
    enum Piece: Sendable {
        case text(String)
        case placeholder(String, line: Int, column: Int)
    }

    /// Every placeholder of `text` compiled, by what is written between the brackets; problems
    /// (unclosed brackets, unknown formats, unknown names) are errors at their place. A text
    /// without `[[` (most of them) costs one pass over its bytes.
    static func compile(_ text: MarkdownText, known: Set<String>, into table: inout PlaceholderTable,
                        diagnostics: inout [Diagnostic]) {
        guard hasOpening(text.text) else { return }
        let pieces: [Piece]
        do { pieces = try cut(text.text) } catch {
            diagnostics.append(.error(at: error.location(in: text), error.message))
            return
        }
        for case .placeholder(let inside, let line, let column) in pieces {
            let location = SourceLocation(file: text.location.file, line: text.location.line + line, column: column)
            switch compile(inside) {
            case .success(let placeholder):
                for problem in placeholder.expression.problems(known: known) {
                    diagnostics.append(.error(at: location, "`[[\(inside)]]`: \(problem)"))
                }
                table.compiled[inside] = placeholder
            case .failure(let message):
                diagnostics.append(.error(at: location, message.message))
            }
        }
        if pieces.count > 1 { table.texts[text.text] = pieces }
    }

    /// The text with every placeholder replaced, or the first problem with its place in the file.
    static func substitute(_ text: MarkdownText, _ scope: [String: Value], _ table: PlaceholderTable,
                           exerciseID: String) throws(VariantError) -> MarkdownText {
        guard hasOpening(text.text) else { return text }
        let pieces: [Piece]
        if let known = table.texts[text.text] {
            pieces = known
        } else {
            do { pieces = try cut(text.text) } catch {
                throw VariantError(exerciseID: "", location: error.location(in: text), message: error.message)
            }
        }
        var output = ""
        for piece in pieces {
            switch piece {
            case .text(let written): output += written
            case .placeholder(let inside, let line, let column):
                let location = SourceLocation(file: text.location.file, line: text.location.line + line, column: column)
                output += try value(of: inside, table.compiled[inside], scope, at: location, exerciseID: exerciseID)
            }
        }
        return MarkdownText(output, at: text.location)
    }

    /// `[[inside]]` evaluated in `scope` and formatted; compiled now if the table does not have it.
    private static func value(of inside: String, _ compiled: Placeholder?, _ scope: [String: Value], at location: SourceLocation,
                              exerciseID: String) throws(VariantError) -> String {
        var placeholder: Placeholder
        if let compiled {
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

    /// Whether `[[` occurs in the text: most texts have no placeholder, and this is all they cost.
    private static func hasOpening(_ text: String) -> Bool {
        let bracket = UInt8(ascii: "[")
        if let found = text.utf8.withContiguousStorageIfAvailable({ bytes in
            bytes.indices.dropFirst().contains { bytes[$0] == bracket && bytes[$0 - 1] == bracket }
        }) { return found }
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == bracket, previous == byte { return true }
            previous = byte
        }
        return false
    }

    /// An unclosed `[[`, with its place relative to the text's (as `Piece` counts).
    struct Unclosed: Error {
        var line: Int, column: Int
        var message: String { "`[[` is never closed with `]]`" }

        func location(in text: MarkdownText) -> SourceLocation {
            SourceLocation(file: text.location.file, line: text.location.line + line, column: column)
        }
    }

    /// The text cut into what stays as written and its placeholders, in order.
    static func cut(_ text: String) throws(Unclosed) -> [Piece] {
        var pieces: [Piece] = []
        var line = 0, column = 1
        var rest = Substring(text)
        while var open = rest.range(of: "[[") {
            // In `[[[n]], 3]` the first bracket is the list's own.
            while rest[open.upperBound...].first == "[" {
                open = rest.index(after: open.lowerBound)..<rest.index(after: open.upperBound)
            }
            let before = rest[rest.startIndex..<open.lowerBound]
            pieces.append(.text(String(before)))
            advance(&line, &column, over: before)
            guard let close = closing(in: rest, after: open.upperBound) else { throw Unclosed(line: line, column: column) }
            pieces.append(.placeholder(String(rest[open.upperBound..<close.lowerBound]), line: line, column: column))
            advance(&line, &column, over: rest[open.lowerBound..<close.upperBound])
            rest = rest[close.upperBound...]
        }
        pieces.append(.text(String(rest)))
        return pieces
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
