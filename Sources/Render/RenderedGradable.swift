import Bank

/// The machine-gradable side of a part as HTML: its options, and a cloze's blanks, in printed order.
public struct RenderedGradable: Sendable {
    public var options: [RenderedOption] = []
    public var blanks: [RenderedBlank] = []
}

/// An option with its letter and its text as inline HTML.
public struct RenderedOption: Sendable {
    public var letter: String
    public var html: String
    public var isCorrect: Bool
    public var misconception: String?
}

/// A blank of a cloze: its name and points, and options or a number.
public struct RenderedBlank: Sendable {
    public var name: String
    public var points: Points
    public var options: [RenderedOption]
    public var numeric: NumericAnswer?
}

extension RenderedOption {
    /// "A" for 0, "B" for 1, …
    static func letter(_ index: Int) -> String {
        index < 26 ? String(UnicodeScalar(UInt8(65 + index))) : letter(index / 26 - 1) + letter(index % 26)
    }
}
