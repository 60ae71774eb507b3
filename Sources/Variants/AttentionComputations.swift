import DeepLearning

/// `attention` on given queries, keys and values, and `multi_head_attention` on a given input
/// and projections: scores, weights (with causal and padding masks), outputs and gradients.
struct AttentionComputations {
    var arguments: Arguments

    static let maskOptions: [Option] = [.optional("mask", .word(["none", "causal"])), .optional("padding", .values)]
    static let attentionTable: [Option] = [
        .required("queries", .values), .required("keys", .values), .required("values", .values),
        .optional("result", .word(["scores", "weights", "output", "gradient"])),
        .optional("wrt", .word(["queries", "keys", "values"])), .optional("upstream", .values),
    ] + maskOptions
    static let multiHeadTable: [Option] = [
        .required("input", .values), .optional("context", .values), .required("heads", .integer(SpecLimits.size)),
        .required("query_weights", .values), .required("key_weights", .values), .required("value_weights", .values),
        .required("output_weights", .values),
        .optional("result", .word(["weights", "output", "gradient"])), .optional("head", .integer(SpecLimits.size)),
        .optional("wrt", .word(["input", "context", "query_weights", "key_weights", "value_weights", "output_weights"])),
        .optional("upstream", .values),
    ] + maskOptions

    func attention() throws(EvaluationError) -> Value {
        let read = TensorArguments(arguments: arguments)
        let q = try read.matrix("queries", "the queries, one row each")
        let k = try read.matrix("keys", columns: q.shape[1], "keys of the queries' width")
        let v = try read.matrix("values", rows: k.shape[0], "one value row per key")
        let leaves = ["queries": Variable(q, requiresGrad: true), "keys": Variable(k, requiresGrad: true), "values": Variable(v, requiresGrad: true)]
        let result = Attention.scaledDotProduct(queries: leaves["queries"]!, keys: leaves["keys"]!, values: leaves["values"]!,
                                                mask: try AttentionMask.read(arguments, queries: q.shape[0], keys: k.shape[0]))
        switch try arguments.word("result", default: "weights") {
        case "scores": return TensorArguments.value(result.scores.value)
        case "output": return TensorArguments.value(result.output.value)
        case "gradient": return try read.gradient(of: result.output, leaves: leaves)
        default: return TensorArguments.value(result.weights.value)
        }
    }

    func multiHead() throws(EvaluationError) -> Value {
        let read = TensorArguments(arguments: arguments)
        let x = try read.matrix("input", "the input, one row per position")
        let d = x.shape[1]
        let context = arguments.has("context") ? try read.matrix("context", columns: d, "a context of the input's width") : x
        let heads = try arguments.integer("heads")
        guard d % heads == 0 else { throw arguments.error("heads", "\(heads) heads do not divide the width \(d) of the input") }
        var leaves = ["input": Variable(x, requiresGrad: true), "context": Variable(context, requiresGrad: true)]
        for key in ["query_weights", "key_weights", "value_weights", "output_weights"] {
            leaves[key] = Variable(try read.matrix(key, rows: d, columns: d, "a projection of width \(d)"), requiresGrad: true)
        }
        let attention = MultiHeadAttention(heads: heads, queryWeight: leaves["query_weights"]!, keyWeight: leaves["key_weights"]!,
                                           valueWeight: leaves["value_weights"]!, outputWeight: leaves["output_weights"]!)
        let selfAttention = !arguments.has("context")
        let result = attention(leaves["input"]!, context: selfAttention ? leaves["input"]! : leaves["context"]!,
                               mask: try AttentionMask.read(arguments, queries: x.shape[0], keys: context.shape[0]))
        switch try arguments.word("result", default: "output") {
        case "weights":
            let head = try arguments.integer("head", default: 1)
            guard head <= heads else { throw arguments.error("head", "`head` is \(head), but there are \(heads) heads") }
            return TensorArguments.value(result.weights[head - 1].value)
        case "gradient":
            if selfAttention, try arguments.word("wrt") == "context" {
                throw arguments.error("wrt", "`wrt: context` needs a `context:`; in self-attention the input is the context")
            }
            return try read.gradient(of: result.output, leaves: leaves)
        default: return TensorArguments.value(result.output.value)
        }
    }
}
