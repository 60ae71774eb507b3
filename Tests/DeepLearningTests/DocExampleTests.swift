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

    @Test func tokensThroughAnLSTMAndCausalAttention() {
        // --- docs/engine.md: Example 3 ---
        var rng = Xoshiro256StarStar(seed: 7)
        func weight(_ rows: Int, _ columns: Int) -> Variable {
            Variable(.uniform([rows, columns], lower: -0.5, upper: 0.5, using: &rng), requiresGrad: true)
        }
        let table = weight(10, 4)                                   // 10 tokens of width 4
        let lstm = LSTMLayer(cell: LSTMCell(inputWeight: weight(16, 4), hiddenWeight: weight(16, 4), bias: nil),
                             initialHidden: Variable(.zeros([1, 4])), initialCell: Variable(.zeros([1, 4])))
        let heads = MultiHeadAttention(heads: 2, queryWeight: weight(4, 4), keyWeight: weight(4, 4),
                                       valueWeight: weight(4, 4), outputWeight: weight(4, 4))
        let model = Sequential(Embedding(table: table), lstm,
                               SelfAttention(projections: heads, mask: .causal(queries: 3, keys: 3)),
                               LayerNorm(gain: Variable(.ones([4])), shift: Variable(.zeros([4]))))
        let ids = Variable(Tensor(shape: [2, 3], scalars: [1, 4, 1, 0, 2, 9]))
        let y = model(ids)                                          // shape [2, 3, 4]
        (y * y.detached()).sum().backward()
        let read = (0..<10).filter { row in (0..<4).contains { table.grad![row, $0] != 0 } }
        // read == [0, 1, 2, 4, 9]: the tokens the two sequences hold.
        // --- end ---
        #expect(y.shape == [2, 3, 4])
        #expect(read == [0, 1, 2, 4, 9])
    }
}
