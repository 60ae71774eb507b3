/// A cursor over one line of a bank file, for the few fixed shapes its lines take:
/// `(a) [2 points] Title`, `- [1 point] criterion`, `- (name) [1 point] …`, `- [x] option`.
///
/// Its character classes mean what they mean in Swift's regular expressions, which these shapes
/// were first written as: `\s` is `Character.isWhitespace`, `\d` is `Character.isNumber`, `.` is any
/// character but a line break, and characters compare as characters (`e` and `é` differ). So a line
/// reads as it did with the patterns, without compiling a pattern each time one is read
/// (`LineScannerTests` holds the two side by side).
struct LineScanner {
    private(set) var rest: Substring

    init(_ line: Substring) { rest = line }

    /// The words for points in every shipped language with the bracket that closes them, longest
    /// first where one starts another: `(?:points?|punt(?:en)?|Punkte?)\]`.
    static let closedPointWords = ["points]", "point]", "punten]", "punt]", "Punkte]", "Punkt]"]

    /// Consumes `character` if the line continues with it.
    mutating func take(_ character: Character) -> Bool {
        guard rest.first == character else { return false }
        rest.removeFirst()
        return true
    }

    /// Consumes the next character if it passes `test`.
    mutating func take(where test: (Character) -> Bool) -> Character? {
        guard let first = rest.first, test(first) else { return nil }
        rest.removeFirst()
        return first
    }

    /// Consumes up to `limit` whitespace characters (`\s{0,limit}`, greedy); returns how many.
    @discardableResult
    mutating func skipWhitespace(atMost limit: Int = .max) -> Int {
        var count = 0
        while count < limit, let first = rest.first, first.isWhitespace {
            rest.removeFirst()
            count += 1
        }
        return count
    }

    /// A list bullet after at most three blanks: `\s{0,3}[-*+]\s+`.
    mutating func takeBullet() -> Bool {
        skipWhitespace(atMost: 3)
        guard take(where: { $0 == "-" || $0 == "*" || $0 == "+" }) != nil else { return false }
        return skipWhitespace() > 0
    }

    /// A run of characters that pass `test` (`test+`, greedy); nil when there is none.
    mutating func takeRun(where test: (Character) -> Bool) -> Substring? {
        let run = rest.prefix(while: test)
        guard !run.isEmpty else { return nil }
        rest = rest[run.endIndex...]
        return run
    }

    /// A number as the bank writes points: `\d+(?:\.\d+)?`.
    mutating func takeNumber() -> Substring? {
        let start = rest.startIndex
        guard takeRun(where: \.isNumber) != nil else { return nil }
        var fraction = self
        if fraction.take("."), fraction.takeRun(where: \.isNumber) != nil { self = fraction }
        return rest.base[start..<rest.startIndex]
    }

    /// `[N points]` with any of `pointWords`, where `amount` reads N; returns N as written.
    mutating func takePoints(_ amount: (inout LineScanner) -> Substring?) -> Substring? {
        var probe = self
        guard probe.take("["), let number = amount(&probe), probe.skipWhitespace() > 0,
              let word = Self.closedPointWords.first(where: { probe.rest.hasPrefix($0) }) else { return nil }
        probe.rest = probe.rest.dropFirst(word.count)
        self = probe
        return number
    }

    /// `[N points]` with N a number (`takeNumber`).
    mutating func takePoints() -> Substring? { takePoints { $0.takeNumber() } }

    /// A name of lowercase letters, digits and `_` that starts with a letter: `[a-z][a-z0-9_]*`.
    mutating func takeName() -> Substring? {
        guard let first = rest.first, Self.isLowercaseLetter(first) else { return nil }
        return takeRun { Self.isLowercaseLetter($0) || ($0.isASCII && ("0"..."9").contains($0)) || $0 == "_" }
    }

    /// The rest of the line (`(.*)$`), or nil when it holds a line break.
    var restOfLine: Substring? { rest.contains(where: \.isNewline) ? nil : rest }

    /// `[a-z]`: one of the 26 letters, on its own (not with an accent mark).
    static func isLowercaseLetter(_ character: Character) -> Bool {
        character.isASCII && ("a"..."z").contains(character)
    }

    /// The text consumed since `start`, a position of the line this scanner was made from.
    func consumed(since start: String.Index) -> Substring { rest.base[start..<rest.startIndex] }
}
