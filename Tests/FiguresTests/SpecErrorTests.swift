import SiteInspection
import Testing
@testable import Figures

@Suite struct SpecErrorTests {
    @Test(arguments: [
        ("kind: netwrk", "1:7: `kind`: unknown value `netwrk`; did you mean `network`?"),
        ("kind: network\nnetworks:\n  - name: A\n    layrs: [1, 2]", "4:5: unknown key `layrs` in `networks[0]`; did you mean `layers`?"),
        ("kind: network\nnetworks:\n  - name: A\n    layers: [1, ten]", "4:17: `networks[0].layers[1]` should be a whole number"),
        ("kind: network\nnetworks: [{name: A, layers: [3]}]", "2:30: `networks[0].layers` should have at least two layers (input and output)"),
        ("kind: rnn\nweights: {input: u, recurent: w}", "2:21: unknown key `recurent` in `weights`; did you mean `recurrent`?"),
        ("kind: activation_plot\nfunctions: [logistc]", "2:13: `functions[0]`: unknown activation `logistc`; did you mean `logistic`?"),
        ("kind: cnn\ninput: [3, 32, 32]\nlayers:\n  - conv2d: {kernel: 3, filter: 8}", "4:25: unknown key `filter` in `layers[0].conv2d`; did you mean `filters`?"),
        ("kind: graph\nnodes: [x, y]\nedges: [x -> z]", "3:9: unknown node `z` in edge; did you mean `x`?"),
        ("kind: network\nnetworks: [", "3:1: invalid YAML: did not find expected node content"),
        ("caption: no kind", "1:1: missing key `kind` (one of: activation_plot, cnn, gradient_ratio_plot, graph, loss_curve, network, rnn)"),
        ("kind: loss_curve\nsteps: 1", "2:8: `steps` is 1; it should be between 2 and 5000"),
    ])
    func malformedSpecsGiveWarningsWhereTheMistakeIs(spec: String, expected: String) {
        let (figure, root) = parsed(spec)
        #expect(figure.warnings.map(\.description) == [expected])
        let box = root.all("div", class: "figure-error")
        #expect(box.count == 1)
        #expect(box.first?.text.contains("Figure not drawn.") == true)
        // The message as the one renderer prints it: place, severity, message, then the line of the spec.
        let shown = box.first?.all("pre").first?.text ?? ""
        let place = expected.prefix { $0 != " " }
        #expect(shown.hasPrefix("figure:\(place) warning: \(expected.dropFirst(place.count + 1))"), "\(shown)")
        #expect(root.all("svg").isEmpty)
    }

    /// Figure blocks speak the model spec's vocabulary (docs/model-spec.md) and nothing else: each
    /// word they used before is an error at its line and column naming the word that replaced it.
    @Test(arguments: [
        ("kind: activation-plot", "1:7: `kind`: unknown value `activation-plot`; did you mean `activation_plot`?"),
        ("kind: gradient-ratio-plot", "1:7: `kind`: unknown value `gradient-ratio-plot`; did you mean `gradient_ratio_plot`?"),
        ("kind: loss-curve", "1:7: `kind`: unknown value `loss-curve`; did you mean `loss_curve`?"),
        ("kind: loss_curve\nlearning-rate: 0.1", "2:1: unknown key `learning-rate`; did you mean `learning_rate`?"),
        ("kind: rnn\nhidden-activation: tanh", "2:1: unknown key `hidden-activation`; did you mean `hidden_activation`?"),
        ("kind: rnn\noutput-activation: tanh", "2:1: unknown key `output-activation`; did you mean `output_activation`?"),
        ("kind: activation_plot\nfunctions: [hard-threshold]", "2:13: `functions[0]`: unknown activation `hard-threshold`; did you mean `hard_threshold`?"),
        ("kind: gradient_ratio_plot\nactivation: shifted-logistic", "2:13: `activation`: unknown activation `shifted-logistic`; did you mean `shifted_logistic`?"),
        ("kind: activation_plot\nfunctions: [leaky-relu]", "2:13: `functions[0]`: unknown activation `leaky-relu`; did you mean `leaky_relu`?"),
        ("kind: activation_plot\nfunctions: [scaled-shifted-logistic]", "2:13: `functions[0]`: unknown activation `scaled-shifted-logistic`; did you mean `scaled_logistic`?"),
        ("kind: activation_plot\nfunctions: ['scaled-shifted-logistic(2, 1)']",
         "2:13: `functions[0]`: `scaled-shifted-logistic(2, 1)` is not an activation; write the values as keys, as in the model spec: `{function: scaled_logistic, a: …, b: …}`"),
        ("kind: activation_plot\nfunctions: ['leaky-relu(0.1)']",
         "2:13: `functions[0]`: `leaky-relu(0.1)` is not an activation; write the values as keys, as in the model spec: `{function: leaky_relu, slope: …}`"),
        ("kind: activation_plot\nfunctions: [{function: tanh, slope: 2}]", "2:30: `tanh` does not read `slope`"),
        ("kind: cnn\ninput: [3, 8, 8]\nlayers:\n  - conv: 3", "4:5: unknown layer `conv`; did you mean `conv2d`?"),
        ("kind: cnn\ninput: [3, 8, 8]\nlayers:\n  - maxpool: 2", "4:5: unknown layer `maxpool`; did you mean `maxpool2d`?"),
        ("kind: cnn\ninput: [3, 8, 8]\nlayers:\n  - avgpool: 2", "4:5: unknown layer `avgpool`; did you mean `avgpool2d`?"),
        ("kind: cnn\ninput: [3, 8, 8]\nlayers:\n  - conv2d: {kernel: 3}\n    filters: 8", "5:5: write the options of `conv2d` inside it, as in the model spec: `conv2d: {…}`"),
        ("kind: cnn\ninput: [3, 8, 8]\nlayers:\n  - relu", "4:5: `layers[0]` should be a layer written as in the model spec, such as `conv2d: {filters: 8, kernel: 3}`, `maxpool2d: {kernel: 2}`, `flatten: {}`, `dense: {units: 10}` or `activation: relu`; write `activation: relu`"),
        ("kind: cnn\ninput: [12]\nlayers:\n  - flatten", "4:5: `layers[0]` should be a layer written as in the model spec, such as `conv2d: {filters: 8, kernel: 3}`, `maxpool2d: {kernel: 2}`, `flatten: {}`, `dense: {units: 10}` or `activation: relu`; write `flatten: {}`"),
        ("kind: cnn\ninput: [12]\nlayers:\n  - dense: 10", "4:12: `layers[0].dense` should be keys with values (`key: value`)"),
        ("kind: cnn\ninput: [3, 8, 8]\nlayers:\n  - conv2d: {filters: 2, kernel: 2, padding: same}", "4:46: `same` padding needs an odd window extent, but this one is 2"),
    ])
    func formerSpellingsAreErrorsNamingTheNewWord(spec: String, expected: String) {
        #expect(FigureRenderer().render(spec).warnings.map(\.description) == [expected])
    }

    /// The activations that read values take them as the model spec does.
    @Test func activationValuesAreKeysAsInTheModelSpec() throws {
        let plot = try ActivationPlot(FigureSpec("kind: activation_plot\nfunctions: [{function: scaled_logistic, a: 2, b: 1}, {function: leaky_relu, slope: 0.1}, sigmoid]").keys)
        #expect(plot.functions == [.scaledShiftedLogistic(a: 2, b: 1), .leakyReLU(slope: 0.1), .logistic])
    }

    @Test func emptySpecIsAnErrorBoxNotACrash() {
        let figure = FigureRenderer().render("")
        #expect(figure.warnings.count == 1)
        #expect(figure.html.contains("figure-error"))
    }
}
