/// A variant's entry of `answers.json` written by `PrettyJSON`, field by field in the sorted
/// order the encoder gives: the same bytes as `AnswerSheet.encoder` makes of it (tested on every
/// seed exam and on values of every kind).
extension AnswerSheet.Variant {
    /// The entry as JSON, its lines indented `depth` levels; nil when a number is not finite,
    /// which the encoder refuses to write.
    func prettyJSON(depth: Int) -> [UInt8]? {
        guard isFinite else { return nil }
        var json = PrettyJSON(depth: depth)
        json.object { json in
            json.field("code") { $0.string(code) }
            json.field("fingerprint") { $0.string(fingerprint) }
            json.field("parts") { $0.array(parts) { $0.write($1) } }
            json.field("points") { $0.number(points) }
        }
        return json.bytes
    }

    private var isFinite: Bool {
        points.isFinite && parts.allSatisfy { item in
            item.points.isFinite && [item.parameters, item.values].allSatisfy { $0.values.allSatisfy(\.isFinite) }
                && (item.numeric?.isFinite ?? true) && (item.blanks ?? []).allSatisfy { $0.points.isFinite && ($0.numeric?.isFinite ?? true) }
        }
    }
}

extension PrettyJSON {
    fileprivate mutating func write(_ item: AnswerSheet.Item) {
        object { json in
            json.field("blanks", item.blanks) { $0.array($1) { $0.write($1) } }
            json.field("exercise") { $0.string(item.exercise) }
            json.field("kind") { $0.string(item.kind.rawValue) }
            json.field("number") { $0.integer(item.number) }
            json.field("numeric", item.numeric) { $0.write($1) }
            json.field("options", item.options) { $0.array($1) { $0.write($1) } }
            json.field("parameters") { $0.write(item.parameters) }
            json.field("part") { $0.string(item.part) }
            json.field("points") { $0.number(item.points) }
            json.field("values") { $0.write(item.values) }
        }
    }

    private mutating func write(_ blank: BlankKey) {
        object { json in
            json.field("kind") { $0.string(blank.kind.rawValue) }
            json.field("name") { $0.string(blank.name) }
            json.field("numeric", blank.numeric) { $0.write($1) }
            json.field("options", blank.options) { $0.array($1) { $0.write($1) } }
            json.field("points") { $0.number(blank.points) }
        }
    }

    private mutating func write(_ option: PrintedOption) {
        object { json in
            json.field("correct") { $0.bool(option.correct) }
            json.field("letter") { $0.string(option.letter) }
            json.field("misconception", option.misconception) { $0.string($1) }
            json.field("pinned", option.pinned) { $0.bool($1) }
            json.field("text") { $0.string(option.text) }
        }
    }

    private mutating func write(_ numeric: NumericKey) {
        object { json in
            json.field("distractors", numeric.distractors) { json, distractors in
                json.array(distractors) { json, distractor in
                    json.object { json in
                        json.field("misconception", distractor.misconception) { $0.string($1) }
                        json.field("printed") { $0.string(distractor.printed) }
                        json.field("value") { $0.number(distractor.value) }
                    }
                }
            }
            json.field("maximum") { $0.number(numeric.maximum) }
            json.field("minimum") { $0.number(numeric.minimum) }
            json.field("printed") { $0.string(numeric.printed) }
            json.field("tolerance") { json in
                json.object { json in
                    json.field("amount") { $0.number(numeric.tolerance.amount) }
                    json.field("kind") { $0.string(numeric.tolerance.kind) }
                }
            }
            json.field("value") { $0.number(numeric.value) }
        }
    }

    /// Parameters or computed values, by name in the encoder's order.
    private mutating func write(_ values: [String: Value]) {
        object { json in
            for (name, value) in values.sorted(by: { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }) {
                json.field(name) { $0.write(value) }
            }
        }
    }

    private mutating func write(_ value: Value) {
        switch value {
        case .number(let x): number(x)
        case .vector(let v): array(v) { $0.number($1) }
        case .matrix(let m): array(m) { $0.array($1) { $0.number($1) } }
        case .text(let t): string(t)
        }
    }
}

extension NumericKey {
    fileprivate var isFinite: Bool {
        value.isFinite && minimum.isFinite && maximum.isFinite && tolerance.amount.isFinite
            && (distractors ?? []).allSatisfy(\.value.isFinite)
    }
}

extension Value {
    fileprivate var isFinite: Bool { numbers?.allSatisfy(\.isFinite) ?? true }
}
