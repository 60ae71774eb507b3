/// The keys one thing of the spec takes (a layer, a loss, a model, a computation) and what each
/// key holds. The same table rejects unknown keys at load and checks ranges and words per draw.
struct OptionTable: Sendable {
    /// What the keys belong to, for messages: "conv2d", "computation `train`".
    var what: String
    var options: [Option]

    init(_ what: String, _ options: [Option]) {
        self.what = what
        self.options = options
    }

    var keys: [String] { options.map(\.key) }
    subscript(key: String) -> Option? { options.first { $0.key == key } }
}

/// One key and what it holds.
struct Option: Sendable {
    var key: String
    var kind: OptionKind
    var required = false

    static func required(_ key: String, _ kind: OptionKind) -> Option { Option(key: key, kind: kind, required: true) }
    static func optional(_ key: String, _ kind: OptionKind) -> Option { Option(key: key, kind: kind) }
}

/// What a key holds; ranges are checked for constants at load and for every draw's values.
enum OptionKind: Sendable {
    /// An expression giving a number.
    case number
    /// A number greater than 0 (learning rates, densities, `a` and `b` of an activation).
    case positive
    /// A whole number in the range.
    case integer(ClosedRange<Int>)
    /// An expression or a written list giving a number, a vector or a matrix.
    case values
    /// One of the words, written out or held by a parameter or derived value.
    case word([String])
    /// A whole number in the range, or one of the words (`padding: 1` or `padding: same`).
    case integerOrWord(ClosedRange<Int>, [String])
    /// One of the words, or values (`bias: false` or `bias: [0.1, 0.2]`).
    case valuesOrWord([String])
    /// An expression in `x`, written as text: `"(x - 3)^2"`.
    case function
    /// A list of expressions: `product: [W2, W1]`, `layers: [100, 10, 100]`.
    case list
    /// A name the spec defines elsewhere: a model's name, a weight's parameter.
    case name

    /// "a whole number from 1 to 4096", for messages.
    var description: String {
        switch self {
        case .number: "a number"
        case .positive: "a number greater than 0"
        case .integer(let range): "a whole number " + Self.rangeText(range)
        case .values: "a number, vector or matrix"
        case .word(let words): "one of " + words.map { "`\($0)`" }.joined(separator: ", ")
        case .integerOrWord(let range, let words): "a whole number \(Self.rangeText(range)) or " + words.map { "`\($0)`" }.joined(separator: ", ")
        case .valuesOrWord(let words): "a number, vector or matrix, or " + words.map { "`\($0)`" }.joined(separator: ", ")
        case .function: "an expression in `x`, in double quotes"
        case .list: "a list such as `[A, B]`"
        case .name: "a name"
        }
    }

    static func rangeText(_ range: ClosedRange<Int>) -> String {
        range.upperBound == Int.max ? "of at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
    }
}

/// Sizes a bank may ask for, so that no exercise can make the build allocate without bound.
/// A larger value is an error that names the limit.
public enum SpecLimits {
    /// One extent: channels, filters, units, a kernel, a vector's length, a matrix's rows or columns.
    public static let extent = 4096
    /// Numbers in one tensor: an input, a layer's output or weights, a drawn vector or matrix.
    public static let elements = 1 << 24
    /// Steps of training, optimisation or recurrence.
    public static let steps = 100_000
    /// Layers of a model, units of a residual stack.
    public static let layers = 256

    /// `1...extent`, the range of most sizes.
    static let size = 1...extent
}
