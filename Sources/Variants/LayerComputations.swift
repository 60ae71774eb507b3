import DeepLearning

/// `embedding` lookups, `dropout` with a given mask, and `layer_parameters`: the parameter
/// count of an LSTM, a GRU or a multi-head attention of given sizes, counted
/// on a layer the engine builds.
struct LayerComputations {
    var arguments: Arguments

    static let embeddingTable: [Option] = [.required("table", .values), .required("ids", .values)]
    static let dropoutTable: [Option] = [.required("input", .values), .required("mask", .values), .required("rate", .number)]
    static let layers = ["lstm", "gru", "multi_head_attention"]
    static let parametersTable: [Option] = [
        .required("layer", .word(layers)), .optional("input_size", .integer(SpecLimits.size)),
        .optional("hidden_size", .integer(SpecLimits.size)), .optional("width", .integer(SpecLimits.size)),
        .optional("heads", .integer(SpecLimits.size)), .optional("bias", .word(["true", "false", "both"])),
    ]

    func embedding() throws(EvaluationError) -> Value {
        let table = try TensorArguments(arguments: arguments).matrix("table", "a table, one row per token")
        let ids = try arguments.vector("ids")
        guard !ids.isEmpty, ids.allSatisfy({ $0 == $0.rounded() && $0 >= 0 && $0 < Double(table.shape[0]) }) else {
            throw arguments.error("ids", "`ids` are whole numbers from 0 to \(table.shape[0] - 1), rows of the \(table.shape[0])-token table")
        }
        return TensorArguments.value(withNoGrad { Embedding(table: Variable(table))(ids.map { Int($0) }).value })
    }

    func dropout() throws(EvaluationError) -> Value {
        let input = try arguments.value("input")
        guard let x = input.numbers, input.text == nil else { throw arguments.error("input", "`input` is a vector or a matrix") }
        guard let mask = try arguments.value("mask").numbers, mask.count == x.count, mask.allSatisfy({ $0 == 0 || $0 == 1 }) else {
            throw arguments.error("mask", "`mask` needs one 1 (kept) or 0 (dropped) per entry of `input`: \(x.count) of them")
        }
        let rate = try arguments.number("rate")
        guard rate >= 0, rate < 1 else { throw arguments.error("rate", "`rate` is a probability from 0 up to (not including) 1") }
        let shape = [x.count]
        let y = withNoGrad { Dropout.apply(Variable(Tensor(shape: shape, scalars: x)), mask: Tensor(shape: shape, scalars: mask), rate: rate).value }
        if case .matrix(let m) = input { return ModelComputations.matrix(y.reshaped([m.count, m[0].count])) }
        return .vector(y.scalars)
    }

    func parameterCount() throws(EvaluationError) -> Value {
        let layer = try arguments.word("layer")
        let bias = try arguments.word("bias", default: "true")
        if layer == "multi_head_attention" {
            let width = try arguments.integer("width"), heads = try arguments.integer("heads", default: 1)
            guard width % heads == 0 else { throw arguments.error("heads", "\(heads) heads do not divide the width \(width)") }
            try LayerRecipes.checkSize([4, width, width], "weights", arguments)
            let w = { Variable(.zeros([width, width])) }
            return .number(Double(MultiHeadAttention(heads: heads, queryWeight: w(), keyWeight: w(), valueWeight: w(), outputWeight: w(),
                                                     biases: bias == "false" ? nil : (0..<4).map { _ in Variable(.zeros([width])) }).parameterCount))
        }
        let d = try arguments.integer("input_size"), h = try arguments.integer("hidden_size")
        let gates = layer == "lstm" ? 4 : 3
        try LayerRecipes.checkSize([gates * h, d + h], "weights", arguments)
        let stacked = { (columns: Int) in Variable(.zeros([gates * h, columns])) }
        let b = bias == "false" ? nil : Variable(.zeros([gates * h]))
        let second = bias == "both" ? Variable(.zeros([gates * h])) : nil
        if layer == "lstm" {
            // PyTorch's second bias of an LSTM adds to the first: counted, though it changes nothing.
            let cell = LSTMCell(inputWeight: stacked(d), hiddenWeight: stacked(h), bias: b)
            return .number(Double(cell.parameterCount + (second?.value.count ?? 0)))
        }
        return .number(Double(GRUCell(inputWeight: stacked(d), hiddenWeight: stacked(h), bias: b, hiddenBias: second).parameterCount))
    }
}
