import Testing
@testable import DeepLearning

/// The worked examples of docs/engine.md, verbatim, so the page cannot drift from the code.
@Suite struct DocExampleTests {
    @Test func trainXORToZeroError() {
        // --- docs/engine.md: Example 1 ---
        var rng = Xoshiro256StarStar(seed: 42)
        let model = Sequential(Dense(2, 4, rng: &rng), Activation.tanh,
                               Dense(4, 1, rng: &rng), Activation.logistic)
        let x = Tensor(shape: [4, 2], scalars: [0, 0, 0, 1, 1, 0, 1, 1])
        let y = Tensor(shape: [4, 1], scalars: [0, 1, 1, 0])

        var adam = Adam(parameters: model.parameters, learningRate: 0.1)
        let curve = adam.minimize(steps: 300) {
            Loss.binaryCrossEntropy(probabilities: model(Variable(x)), targets: y)
        }
        let predictions = model(x).scalars.map { $0 > 0.5 ? 1.0 : 0.0 }
        // predictions == [0, 1, 1, 0]: zero training error.
        // --- end ---
        #expect(predictions == y.scalars)
        #expect(curve.count == 300 && curve.last! < 0.05 && curve.last! < curve.first!)
    }

    @Test func explainAReceptiveField() {
        // --- docs/engine.md: Example 2 ---
        let layers = [Window2D(kernel: 3, stride: 1),      // conv 3×3, stride 1
                      Window2D(kernel: 3, stride: 2)]      // pool 3×3, stride 2
        let steps = ReceptiveField.progression(layers: layers)
        // steps == [(size: 3, jump: 1), (size: 5, jump: 2)]
        let byFormula = ReceptiveField.closedForm(layers: layers)     // 5
        let byGradient = ReceptiveField.empirical(layers: layers)     // 5
        // --- end ---
        #expect(steps.map(\.size) == [3, 5] && steps.map(\.jump) == [1, 2])
        #expect(byFormula == 5 && byGradient == 5)
    }
}
