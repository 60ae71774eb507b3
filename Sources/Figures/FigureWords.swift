import Bank

/// The words a figure writes into its labels and its text alternative, in the course's language:
/// the `figure…` keys of the theme's language files, with the course's `labels:` laid over them.
/// Figures cannot see Render's `Labels`; the build hands their words over in this table.
public struct FigureWords: Sendable, Hashable {
    /// The texts by key; `{placeholders}` are filled in where a figure uses them.
    public private(set) var texts: [String: String]

    /// The words of `Templates/languages/en.yml`, for a figure drawn outside a course (and a theme
    /// whose language files lack a key). LanguageTests holds en.yml to them.
    public static let english = FigureWords(texts: [
        "figureUnit": "{n} unit", "figureUnits": "{n} units",
        "figureConvolution": "conv {size}", "figureFilter": "{n} filter", "figureFilters": "{n} filters",
        "figureStride": "stride {n}", "figurePadding": "padding {n}", "figureDilation": "dilation {n}",
        "figureMaxPool": "max pool {size}", "figureAveragePool": "average pool {size}",
        "figureDense": "dense {from} → {to}", "figureFlatten": "flatten", "figureLogistic": "logistic",
        "figureLayer": "layer", "figureOutputShape": "output shape", "figureParameters": "parameters",
        "figureInput": "input", "figureTotal": "total",
        "figureParameter": "{n} parameter", "figureParameterCount": "{n} parameters",
        "figureLayerStack": "Layer stack, input {shape}: {layers}; total {total}",
        "figureGraph": "Computation graph with inputs {inputs}", "figureComputed": "{node} of {inputs}", "figureAnd": "and",
        "figureThroughWeight": " through weight {w}",
        "figureRecurrent": "Recurrent network: input {x} → hidden unit {h}{activation}{weight}",
        "figureSelfLoop": "self-loop {h} → {next}{weight}",
        "figureToOutput": "{h} → output unit {y}{activation}{weight}",
        "figureUnrolled": "Recurrent network unrolled over time: {chain}{weight} at every step{activation}",
        "figureInputFirst": "input {x} enters {h}{weight}",
        "figureInputEvery": "input {x} enters each {h}{weight}",
        "figureOutputLast": "output {y}{activation} is computed from {h}{weight}",
        "figureOutputEvery": "output {y}{activation} from each {h}{weight}",
        "figureIdentity": "identity", "figureHardThreshold": "hard threshold", "figureLeakyReLU": "leaky ReLU (slope {slope})",
        "figurePlotOf": "Plot of {functions}{derivatives} for z from {from} to {to}",
        "figureDerivativesOf": "Derivatives of {functions} for z from {from} to {to}",
        "figureItsDerivative": " and its derivative", "figureTheirDerivatives": " and their derivatives",
        "figureDerivativeOf": "derivative of {function}",
        "figureGradientRatio": "Gradient ratio ∂L/∂h(1) ÷ ∂L/∂h({steps}) of a one-unit RNN with activation {activation} against the recurrent weight w from {from} to {to}, log scale; α = {alpha} marked: the gradient vanishes for w < α and explodes for w > α",
        "figureRatio": "ratio",
        "figureLossCurve": "Training loss (binary cross-entropy) of a 2-{hidden}-1 network ({activation} hidden units) on XOR, {optimizer}{momentum}, learning rate {rate}, seed {seed}, over {steps} steps: from {first} to {last}",
        "figureWithMomentum": " with momentum {momentum}", "figureLoss": "loss", "figureTrainingStep": "training step",
    ])

    private init(texts: [String: String]) { self.texts = texts }

    /// The figure words among a language's `words` (every other key is left out); English where one is missing.
    public init(_ words: [String: String]) {
        texts = Self.english.texts.merging(words.filter { Self.english.texts[$0.key] != nil }) { $1 }
    }

    /// The keys of every figure word.
    public static var keys: [String] { english.texts.keys.sorted() }

    /// The text of `key` with its `{placeholders}` filled in.
    func callAsFunction(_ key: String, _ values: [String: String] = [:]) -> String {
        (texts[key] ?? key).filling(values)
    }

    /// `count` (written as `written`, "10,100") in the words of `one` or of `many`.
    func counted(_ count: Int, _ written: String, one: String, many: String) -> String {
        self(count == 1 ? one : many, ["n": written])
    }
}
