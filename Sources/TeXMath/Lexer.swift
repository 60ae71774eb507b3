/// Splits TeX source into tokens, tracking line and column of each.
///
/// It decides by each character's ASCII value (`codes`), not by asking `Character` for its Unicode
/// properties, which costs more than the rest of lexing together. A formula of ASCII without
/// carriage returns (nearly all of them) is read straight from its UTF-8 bytes, one byte one
/// character; any other is cut into `Character`s first, so tokens and columns are the same.
struct Lexer {
    /// Each character's ASCII value (`\r\n` counts as `\n`), or `Lexer.beyondASCII`.
    private let codes: [UInt8]
    /// The characters, kept only when some are not ASCII or a `\r` could join a `\n`.
    private let characters: [Character]?
    private var index = 0
    private var line = 1
    private var column = 1

    static let beyondASCII: UInt8 = 0xFF

    init(_ source: String) {
        if source.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            codes = Array(source.utf8)
            characters = nil
        } else {
            let characters = Array(source)
            codes = characters.map { $0.asciiValue ?? Self.beyondASCII }
            self.characters = characters
        }
    }

    /// Tokenizes the whole source. Comments (`%` to end of line) are dropped.
    static func tokenize(_ source: String) -> [Token] {
        var lexer = Lexer(source)
        var tokens: [Token] = []
        tokens.reserveCapacity(lexer.codes.count)
        while let token = lexer.next() { tokens.append(token) }
        return tokens
    }

    private var current: UInt8? { index < codes.count ? codes[index] : nil }

    private func character(at index: Int) -> Character {
        characters?[index] ?? Character(Unicode.Scalar(codes[index]))
    }

    /// `Character.isWhitespace` of the character at `index`.
    private func isBlank(at index: Int) -> Bool {
        switch codes[index] {
        case 0x09...0x0D, 0x20: true
        case Self.beyondASCII: characters![index].isWhitespace
        default: false
        }
    }

    private static func isLetter(_ code: UInt8) -> Bool {
        (0x41...0x5A).contains(code) || (0x61...0x7A).contains(code)
    }

    private mutating func advance() {
        if codes[index] == 0x0A {
            line += 1
            column = 1
        } else {
            column += 1
        }
        index += 1
    }

    private mutating func skipBlanks() {
        while index < codes.count, isBlank(at: index) { advance() }
    }

    mutating func next() -> Token? {
        guard let code = current else { return nil }
        let location = SourceLocation(line: line, column: column)
        if isBlank(at: index) {
            skipBlanks()
            return Token(kind: .space, location: location)
        }
        let start = index
        advance()
        switch code {
        case UInt8(ascii: "\\"): return Token(kind: .command(readCommandName()), location: location)
        case UInt8(ascii: "{"): return Token(kind: .beginGroup, location: location)
        case UInt8(ascii: "}"): return Token(kind: .endGroup, location: location)
        case UInt8(ascii: "^"): return Token(kind: .superscript, location: location)
        case UInt8(ascii: "_"): return Token(kind: .subscript, location: location)
        case UInt8(ascii: "&"): return Token(kind: .alignment, location: location)
        case UInt8(ascii: "%"):
            while let c = current, c != 0x0A { advance() }
            return next()
        case UInt8(ascii: "#"):
            if let d = current, (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(d) {
                advance()
                return Token(kind: .parameter(Int(d - UInt8(ascii: "0"))), location: location)
            }
            if current == UInt8(ascii: "#") { advance() }
            return Token(kind: .character("#"), location: location)
        default:
            return Token(kind: .character(character(at: start)), location: location)
        }
    }

    /// Reads the name after a backslash: a run of ASCII letters, or one other character.
    private mutating func readCommandName() -> String {
        guard let first = current else { return "" }
        if Self.isLetter(first) {
            let start = index
            while let c = current, Self.isLetter(c) { advance() }
            let name = String(decoding: codes[start..<index], as: UTF8.self)
            // TeX skips blanks after a control word.
            skipBlanks()
            return name
        }
        let blank = isBlank(at: index)
        let character = character(at: index)
        advance()
        return blank ? " " : String(character)
    }
}
