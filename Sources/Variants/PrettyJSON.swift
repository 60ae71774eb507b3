/// JSON text as `answers.json` holds it, written straight into bytes: the layout of Foundation's
/// `JSONEncoder` with `.prettyPrinted`, `.sortedKeys` and `.withoutEscapingSlashes` — two spaces
/// per level, `"key" : value`, an empty list as `[`, an empty line and `]` — byte for byte, without
/// the encoder's boxed containers and key strings (a tenth of a 1000-variant build's CPU).
///
/// Callers write the keys of an object in sorted order, by their UTF-8 bytes, as the encoder sorts
/// them (`W1` before `b`, `h10` before `h2`).
struct PrettyJSON {
    private(set) var bytes: [UInt8] = []
    /// How many levels in the value being written stands.
    private var depth: Int

    /// A writer whose first value stands `depth` levels in: its lines are indented to that depth.
    init(depth: Int = 0) {
        self.depth = depth
        indent()
    }

    /// `{ … }`, whose `body` writes the fields with `field(_:_:)` in sorted order.
    mutating func object(_ body: (inout PrettyJSON) -> Void) {
        open(UInt8(ascii: "{"))
        body(&self)
        close(UInt8(ascii: "}"))
    }

    /// `"key" : value` in the object being written, the value written by `value`.
    mutating func field(_ key: String, _ value: (inout PrettyJSON) -> Void) {
        if !isFresh { separate() }
        string(key)
        bytes.append(contentsOf: " : ".utf8)
        value(&self)
    }

    /// The field when `value` is there; the encoder leaves out a nil optional.
    mutating func field<Value>(_ key: String, _ value: Value?, _ write: (inout PrettyJSON, Value) -> Void) {
        guard let value else { return }
        field(key) { write(&$0, value) }
    }

    /// `[ … ]` of `items`, each written by `element`.
    mutating func array<Items: Collection>(_ items: Items, _ element: (inout PrettyJSON, Items.Element) -> Void) {
        open(UInt8(ascii: "["))
        for item in items {
            if !isFresh { separate() }
            element(&self, item)
        }
        close(UInt8(ascii: "]"))
    }

    /// A number as the encoder writes a `Double`: its shortest round-tripping digits, `2` for 2.0.
    mutating func number(_ value: Double) {
        let text = value.description
        bytes.append(contentsOf: text.hasSuffix(".0") ? text.utf8.dropLast(2) : text.utf8[...])
    }

    mutating func integer(_ value: Int) { bytes.append(contentsOf: String(value).utf8) }

    mutating func bool(_ value: Bool) { bytes.append(contentsOf: (value ? "true" : "false").utf8) }

    /// A string with `"`, `\` and control characters escaped and everything else, `/` too, as it is.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes += [UInt8(ascii: "\\"), byte]
            case 0x0A: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x0D: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x09: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x08: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: bytes += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20: bytes += Array("\\u00".utf8) + [Self.hexDigits[Int(byte >> 4)], Self.hexDigits[Int(byte & 0xF)]]
            default: bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether nothing stands yet in the object or array just opened: a value never ends in a
    /// space or a line break, an opening bracket's line always does.
    private var isFresh: Bool { bytes.last == UInt8(ascii: " ") || bytes.last == UInt8(ascii: "\n") }

    private mutating func open(_ bracket: UInt8) {
        bytes += [bracket, UInt8(ascii: "\n")]
        depth += 1
        indent()
    }

    private mutating func close(_ bracket: UInt8) {
        let empty = isFresh
        depth -= 1
        if empty {
            // The open bracket's line break and indent stand; an empty list keeps an empty line.
            bytes.removeLast(2 * (depth + 1))
        }
        bytes.append(UInt8(ascii: "\n"))
        indent()
        bytes.append(bracket)
    }

    private mutating func separate() {
        bytes += [UInt8(ascii: ","), UInt8(ascii: "\n")]
        indent()
    }

    private mutating func indent() {
        for _ in 0..<(2 * depth) { bytes.append(UInt8(ascii: " ")) }
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)
}
