import SiteInspection
import Testing
@testable import Figures

@Suite struct RNNDiagramTests {
    static let folded = """
    kind: rnn
    input: x
    hidden: h
    output: y
    hidden_activation: identity
    output_activation: logistic
    weights: {input: u, recurrent: w, output: v}
    note: "Figure redrawn: the original was lost"
    """

    @Test func foldedHasTheLoopAndWeights() throws {
        let (figure, root) = parsed(Self.folded)
        #expect(figure.warnings.isEmpty)
        #expect(root.all("g", class: "recurrence").count == 1)
        #expect(root.all("text", class: "weight").map(\.text) == ["u", "v", "w"])
        #expect(root.all("text", class: "figure-note").map(\.text) == ["Figure redrawn: the original was lost"])
        #expect(root.all("text", class: "activation").map(\.text) == ["identity", "logistic"])
        #expect(figure.description.contains("input x(t) → hidden unit h(t) (identity) through weight u"))
        #expect(figure.description.contains("self-loop h(t) → h(t+1) through weight w"))
        #expect(figure.description.hasSuffix("Figure redrawn: the original was lost"))
    }

    @Test func unrolledChain() throws {
        let spec = """
        kind: rnn
        layout: unrolled
        steps: [1, 2, 3, T]
        inputs: first
        outputs: last
        weights: {recurrent: w}
        """
        let (figure, root) = parsed(spec)
        #expect(figure.warnings.isEmpty)
        #expect(root.all("g", class: "hidden").count == 4)
        #expect(root.all("g", class: "recurrent").count == 4)
        #expect(root.all("text", class: "weight").map(\.text) == ["w", "w", "w", "w"])
        #expect(figure.description.hasPrefix("Recurrent network unrolled over time: h(1) → h(2) → h(3) → … → h(T) through weight w"))
    }
}
