import DeepLearning

extension Model {
    /// The input of a sequential model as read for one draw: its values (or only its shape),
    /// the shape of one example and the batch size.
    struct Input {
        var form: SequentialInput
        /// One example's shape: [n], [steps, features] or [channels, height, width].
        var shape: [Int]
        var batch: Int
        /// The token ids, when the input is `{ids: …}`.
        var tokens: [Double]?
    }

    static let inputTable = OptionTable("model `input`", [
        .optional("values", .values), .optional("shape", .values), .optional("batch", .integer(SpecLimits.size)), .optional("ids", .values),
    ])

    /// `input: x` (a vector or matrix parameter: values), a shape `[3, 32, 32]` or `[n]`,
    /// `{values: X, shape: [C, H, W], batch: N}`, or token ids `{ids: [3, 1, 4]}`.
    static func input(_ model: Arguments) throws(EvaluationError) -> Input {
        if model.values["input"]?.keys != nil, let written = model.nested("input", table: inputTable, context: "model `input`") {
            return try given(written)
        }
        let written = model.values["input"]
        let isShape = written?.list != nil || written?.text.flatMap(Double.init) != nil
        switch try model.value("input") {
        case .vector(let v) where !isShape && !v.isEmpty:
            return Input(form: .values(Tensor(shape: [1, v.count], scalars: v)), shape: [v.count], batch: 1)
        case .matrix(let m):
            return Input(form: .values(Tensor(shape: [1, m.count, m[0].count], scalars: m.flatMap { $0 })), shape: [m.count, m[0].count], batch: 1)
        case .vector(let v) where isShape && !v.isEmpty:
            return try shape(v, model)
        case .number(let x) where isShape:
            return try shape([x], model)
        default:
            throw model.error("input", "`input` is a parameter holding a vector or a matrix, a shape such as `[3, 32, 32]`, `{values: X, shape: [2, 5, 5]}` or `{ids: [3, 1, 4]}`")
        }
    }

    private static func shape(_ extents: [Double], _ model: Arguments) throws(EvaluationError) -> Input {
        let shape = try sampleShape(extents, model, key: "input")
        return Input(form: .shape([1] + shape), shape: shape, batch: 1)
    }

    private static func sampleShape(_ extents: [Double], _ model: Arguments, key: String) throws(EvaluationError) -> [Int] {
        guard (1...3).contains(extents.count), extents.allSatisfy({ $0 == $0.rounded() && $0 >= 1 && $0 <= Double(SpecLimits.extent) }) else {
            throw model.error(key, "an input shape is `[n]`, `[steps, features]` or `[channels, height, width]` of whole numbers from 1 to \(SpecLimits.extent)")
        }
        let shape = extents.map { Int($0) }
        try LayerRecipes.checkSize(shape, "input", model)
        return shape
    }

    /// `{values: X, shape: […], batch: N}` or `{ids: […], batch: N}`.
    private static func given(_ input: Arguments) throws(EvaluationError) -> Input {
        guard input.has("values") != input.has("ids") else {
            throw input.error(nil, "takes either `values` (with `shape` and `batch`) or `ids` (token ids)")
        }
        let key = input.has("ids") ? "ids" : "values"
        let value = try input.value(key)
        guard let numbers = value.numbers, value.text == nil, !numbers.isEmpty else {
            throw input.error(key, "`\(key)` is a vector or a matrix of numbers")
        }
        var batch = try input.integer("batch", default: 1)
        if key == "ids" {
            if input.has("shape") { throw input.error("shape", "token ids are one sequence per example: leave out `shape`") }
            guard numbers.allSatisfy({ $0 == $0.rounded() && $0 >= 0 && $0 < Double(SpecLimits.extent) }) else {
                throw input.error("ids", "token ids are whole numbers from 0 to \(SpecLimits.extent - 1)")
            }
            if case .matrix(let rows) = value, rows.count > 1 {
                guard !input.has("batch") || batch == rows.count else {
                    throw input.error("batch", "`batch` is \(batch), but `ids` has \(rows.count) rows, one sequence per example")
                }
                batch = rows.count
            }
            guard numbers.count % batch == 0 else {
                throw input.error("ids", "\(numbers.count) ids do not split into \(batch) sequences of one length")
            }
            let steps = numbers.count / batch
            return Input(form: .tokens(Tensor(shape: [batch, steps], scalars: numbers)), shape: [steps], batch: batch, tokens: numbers)
        }
        let shape: [Int]
        if input.has("shape") {
            guard let extents = try input.value("shape").numbers else { throw input.error("shape", "`shape` is a list such as `[2, 5, 5]`") }
            shape = try sampleShape(extents, input, key: "shape")
        } else if case .matrix(let rows) = value, rows.count > 1 {
            shape = batch == rows.count ? [rows[0].count] : [rows.count, rows[0].count]
        } else {
            shape = [numbers.count / batch]
        }
        let full = [batch] + shape
        try LayerRecipes.checkSize(full, "input", input)
        let tensor = try TensorArguments(arguments: input).tensor("values", shape: full, "an input of \(batch) example\(batch == 1 ? "" : "s") of \(LayerRecipes.describe(shape))")
        return Input(form: .values(tensor), shape: shape, batch: batch)
    }
}
