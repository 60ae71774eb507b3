import Testing
@testable import DeepLearning

@Suite struct TensorTests {
    @Test func shapesStridesAndIndexing() {
        var t = Tensor(shape: [2, 3, 4], scalars: (0..<24).map(Double.init))
        #expect(t.strides == [12, 4, 1])
        #expect(t[1, 2, 3] == 23)
        t[0, 1, 2] = -1
        #expect(t.scalars[6] == -1)
        #expect(t.reshaped([4, -1]).shape == [4, 6])
        #expect(t.transposed([2, 0, 1])[3, 1, 2] == t[1, 2, 3])
    }

    @Test func broadcastingAndItsAdjoint() {
        let a = Tensor(shape: [2, 1, 3], scalars: [1, 2, 3, 4, 5, 6])
        let b = Tensor(shape: [4, 1], scalars: [10, 20, 30, 40])
        let c = a + b
        #expect(c.shape == [2, 4, 3])
        #expect(c[1, 2, 0] == 4 + 30)
        #expect(Tensor.ones([2, 4, 3]).sum(toShape: [4, 1]) == Tensor(shape: [4, 1], repeating: 6))
        #expect(Tensor.broadcastShape([5, 1], [3]) == [5, 3])
    }

    @Test func sliceAndConcatenateRoundTrip() {
        let t = Tensor(shape: [2, 5], scalars: (0..<10).map(Double.init))
        let parts = [t.slice(axis: 1, 0..<2), t.slice(axis: 1, 2..<5)]
        #expect(Tensor.concatenate(parts, axis: 1) == t)
    }

    @Test func generatorsAreReproducible() {
        // Fixed reference outputs: the same on every machine.
        var s = SplitMix64(seed: 0)
        #expect(s.next() == 0xE220_A839_7B1D_CDAF)
        var a = Xoshiro256StarStar(seed: 1), b = Xoshiro256StarStar(seed: 1)
        #expect((0..<5).map { _ in a.next() } == (0..<5).map { _ in b.next() })
        var n = Xoshiro256StarStar(seed: 3)
        let samples = (0..<20_000).map { _ in n.nextNormal() }
        let mean = samples.reduce(0, +) / 20_000
        let variance = samples.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / 20_000
        #expect(abs(mean) < 0.03 && abs(variance - 1) < 0.05)
    }

    @Test func portableAndOpenBLASProductsAgree() {
        var rng = Xoshiro256StarStar(seed: 8)
        let a = Tensor.uniform([37, 53], using: &rng), b = Tensor.uniform([53, 29], using: &rng)
        let portable = a.matmul(b)
        let blas = GEMM.using(.openBLAS) { a.matmul(b) }
        #expect(portable.maxAbsDifference(blas) < 1e-12)
        #expect(a.matmul(b.transposed(), transposeOther: true) == portable)
        #expect(a.transposed().matmul(b, transposeSelf: true) == portable)
    }

    @Test func gradientsAccumulateAndNoGradRecordsNothing() {
        let x = Variable(Tensor([2.0]), requiresGrad: true)
        let y = (x * x).sum()
        y.backward()
        y.backward()
        #expect(x.grad == Tensor([8.0]))          // 2 · 2x, accumulated over two passes
        let z = withNoGrad { x * x }
        #expect(!z.requiresGrad)
    }

    @Test func jacobianOfVectorOutput() {
        let x = Tensor([1.0, 2.0, 3.0])
        let j = Gradients.jacobian(at: x) { v in (v * v).slice(axis: 0, 0..<2) }
        #expect(j == Tensor([[2, 0, 0], [0, 4, 0]]))
    }

    @Test func dropoutIsInvertedAndSeeded() {
        let d = Dropout(rate: 0.5, seed: 9)
        let x = Variable(.ones([1000]))
        let y = d(x).value
        #expect(Set(y.scalars) == [0, 2])
        #expect(abs(y.sum() / 1000 - 1) < 0.1)
        #expect(Dropout(rate: 0.5, seed: 9)(x).value == y)
        d.isTraining = false
        #expect(d(x).value == x.value)
    }

    @Test func sgdWithMomentumAndWeightDecay() {
        let w = Variable(Tensor([1.0]), requiresGrad: true)
        var sgd = SGD(parameters: [Parameter("w", w)], learningRate: 0.1, momentum: 0.9, weightDecay: 0.5)
        let curve = sgd.minimize(steps: 2) { (w * 2).sum() }
        // step 1: g = 2 + 0.5·1 = 2.5, v = 2.5, w = 0.75; step 2: g = 2.375, v = 4.625, w = 0.2875
        #expect(curve == [2, 1.5])
        #expect(isClose(w.value.scalar, 0.2875, 1e-15))
    }

    @Test func minimizingUntilTheGradientVanishesStopsAtTheStationaryPointAndNoLater() {
        // (w − 3)²: plain gradient descent with rate 0.25 halves the distance to 3 at every step.
        let w = Variable(Tensor([1.0]), requiresGrad: true)
        var sgd = SGD(parameters: [Parameter("w", w)], learningRate: 0.25)
        let curve = sgd.minimize(steps: 1000, gradientTolerance: 1e-6) { ((w - 3) * (w - 3)).sum() }
        // The gradient 2(w − 3) = −4·2^−k falls to 1e-6 or below first after k = 22 updates.
        #expect(curve.count == 23)
        #expect(abs(w.value.scalar - 3) <= 5e-7 && abs(w.value.scalar - 3) > 2.5e-7)

        let capped = Variable(Tensor([1.0]), requiresGrad: true)
        var few = SGD(parameters: [Parameter("w", capped)], learningRate: 0.25)
        let short = few.minimize(steps: 5, gradientTolerance: 1e-6) { ((capped - 3) * (capped - 3)).sum() }
        #expect(short.count == 6 && capped.value.scalar == 3 - 2 * 0.03125, "five updates, then the loss after them")
    }

    @Test func shapeMismatchTrapsWithAMessage() async {
        await #expect(processExitsWith: .failure) {
            _ = Tensor.zeros([2, 3]) + Tensor.zeros([4])
        }
    }
}

/// Pivoted QR and the SVD agree on the rank, including low-rank products of random factors.
struct PivotedQRRankTests {
    @Test(arguments: [(30, 5, 30), (100, 10, 100), (40, 40, 40), (12, 3, 50), (50, 1, 7)])
    func agreesWithSVD(n: Int, k: Int, m: Int) {
        var rng = Xoshiro256StarStar(seed: UInt64(n * 1000 + k * 10 + m))
        let a = Tensor(shape: [n, k], scalars: (0..<(n * k)).map { _ in rng.nextNormal() })
        let b = Tensor(shape: [k, m], scalars: (0..<(k * m)).map { _ in rng.nextNormal() })
        let product = a.matmul(b)
        #expect(Matrix.rankByPivotedQR(product) == min(n, k, m))
        #expect(Matrix.rankByPivotedQR(product) == Matrix.rank(product))
    }

    @Test func zeroAndIdentity() {
        #expect(Matrix.rankByPivotedQR(.zeros([4, 6])) == 0)
        #expect(Matrix.rankByPivotedQR(Tensor([[1, 0, 0], [0, 1, 0], [0, 0, 1]])) == 3)
        #expect(Matrix.rankByPivotedQR(Tensor([[1, 2], [2, 4], [3, 6]])) == 1)
    }
}
