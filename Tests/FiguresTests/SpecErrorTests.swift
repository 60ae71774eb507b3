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
        ("kind: activation-plot\nfunctions: [logistc]", "2:13: `functions[0]`: unknown activation `logistc`; did you mean `logistic`?"),
        ("kind: cnn\ninput: [3, 32, 32]\nlayers:\n  - conv: 3\n    filter: 8", "5:5: unknown key `filter` in `layers[0]`; did you mean `filters`?"),
        ("kind: graph\nnodes: [x, y]\nedges: [x -> z]", "3:9: unknown node `z` in edge; did you mean `x`?"),
        ("kind: network\nnetworks: [", "3:1: invalid YAML: did not find expected node content"),
        ("caption: no kind", "1:1: missing key `kind` (one of: activation-plot, cnn, gradient-ratio-plot, graph, loss-curve, network, rnn)"),
        ("kind: loss-curve\nsteps: 1", "2:8: `steps` is 1; it should be between 2 and 5000"),
    ])
    func malformedSpecsGiveWarningsWhereTheMistakeIs(spec: String, expected: String) {
        let (figure, root) = parsed(spec)
        #expect(figure.warnings.map(\.description) == [expected])
        let box = root.all("div", class: "figure-error")
        #expect(box.count == 1)
        #expect(box.first?.text.contains("Figure not drawn.") == true)
        #expect(root.all("svg").isEmpty)
    }

    @Test func emptySpecIsAnErrorBoxNotACrash() {
        let figure = FigureRenderer().render("")
        #expect(figure.warnings.count == 1)
        #expect(figure.html.contains("figure-error"))
    }
}
