/// A position in TeX source: 1-based line, 1-based column counted in Characters.
struct SourceLocation: Sendable, Equatable {
    var line: Int
    var column: Int
}

/// One lexical unit of TeX math source.
enum TokenKind: Sendable, Equatable {
    /// `\name` or a control symbol such as `\,` (name without the backslash).
    /// An empty name is a backslash at the very end of the input.
    case command(String)
    case character(Character)
    case beginGroup
    case endGroup
    case superscript
    case `subscript`
    case alignment
    /// `#1` … `#9` inside a macro body.
    case parameter(Int)
    /// One or more blanks (matters only in text mode).
    case space
}

/// A token with the place it came from (for macro expansions: the place of the macro call).
struct Token: Sendable, Equatable {
    var kind: TokenKind
    var location: SourceLocation

    var commandName: String? {
        if case .command(let name) = kind { return name }
        return nil
    }

    /// The TeX spelling of the token, used to show unsupported input verbatim.
    var texSpelling: String {
        switch kind {
        case .command(let name):
            if name.isEmpty { return "\\" }
            return "\\" + name
        case .character(let c): return String(c)
        case .beginGroup: return "{"
        case .endGroup: return "}"
        case .superscript: return "^"
        case .subscript: return "_"
        case .alignment: return "&"
        case .parameter(let n): return "#\(n)"
        case .space: return " "
        }
    }
}

extension Token {
    /// The tokens of an optional argument `[…]` starting at `index` (brackets inside braces do not
    /// close it); on success `index` moves past the closing `]`.
    static func bracketed(_ tokens: [Token], _ index: inout Int) -> [Token]? {
        guard index < tokens.count, tokens[index].kind == .character("[") else { return nil }
        var probe = index + 1
        var depth = 0
        var inside: [Token] = []
        while probe < tokens.count {
            let token = tokens[probe]
            probe += 1
            switch token.kind {
            case .beginGroup: depth += 1
            case .endGroup: depth -= 1
            case .character("]") where depth == 0:
                index = probe
                return inside
            default: break
            }
            inside.append(token)
        }
        return nil
    }
}
