import DeepLearning

extension AttentionMask {
    /// `mask: causal` and `padding: [1, 1, 0]` (1 for a real key, 0 for padding), together or
    /// alone; nil for neither. A query left with no key to attend to is an error at the key.
    static func read(_ arguments: Arguments, queries: Int, keys: Int) throws(EvaluationError) -> AttentionMask? {
        var mask: AttentionMask?
        if try arguments.word("mask", default: "none") == "causal" { mask = .causal(queries: queries, keys: keys) }
        if arguments.has("padding") {
            let valid = try arguments.vector("padding")
            guard valid.count == keys, valid.allSatisfy({ $0 == 0 || $0 == 1 }) else {
                throw arguments.error("padding", "`padding` needs one 1 (a real key) or 0 (padding) per key: \(keys) of them")
            }
            let padding = AttentionMask.padding(queries: queries, validKeys: valid.map { $0 == 1 })
            mask = mask.map { $0.intersection(padding) } ?? padding
        }
        if let row = mask?.emptyRow {
            throw arguments.error(arguments.has("padding") ? "padding" : "mask", "query \(row + 1) may attend to no key at all, so its weights would be 0/0")
        }
        return mask
    }
}
