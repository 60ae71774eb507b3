// Benchmarks of the engine's gated and attention layers, each beside JAX jit on the same shapes.
import DeepLearning
import Foundation

enum LayerBenchmarks {
    /// An LSTM step (batch 32, 128 → 256) and a causal 8-head self-attention block (64 tokens,
    /// width 256), forward and backward to every weight and the input.
    static func run() {
        let jax = jaxSeconds()
        if jax.isEmpty {
            print("layers.jax: skipped (JAX is not installed; `pip install jax` to compare)")
        }
        for backend in [GEMM.Backend.openBLAS, .portable] {
            GEMM.using(backend) {
                report("lstm.step.batch32.128-256.fwd+bwd.\(backend)", lstmStep(), jax["lstm"])
                report("mha.block.64x256.8heads.causal.fwd+bwd.\(backend)", attentionBlock(), jax["mha"])
            }
        }
    }

    static func report(_ name: String, _ seconds: Double, _ peer: Double?) {
        let mine = EngineBenchmarks.format(seconds * 1e6)
        guard let peer else { print("\(name): \(mine) µs"); return }
        print("\(name): \(mine) µs (JAX jit \(EngineBenchmarks.format(peer * 1e6)) µs, ratio \(String(format: "%.2f", seconds / peer)))")
    }

    static func lstmStep() -> Double {
        var rng = Xoshiro256StarStar(seed: 11)
        let leaf = { (shape: [Int]) in Variable(.uniform(shape, lower: -1, upper: 1, using: &rng), requiresGrad: true) }
        let (batch, d, h) = (32, 128, 256)
        let x = leaf([batch, d]), hidden = leaf([batch, h]), cell = leaf([batch, h])
        let lstm = LSTMCell(inputWeight: leaf([4 * h, d]), hiddenWeight: leaf([4 * h, h]), bias: leaf([4 * h]))
        let leaves = [x, hidden, cell, lstm.inputWeight, lstm.hiddenWeight, lstm.bias!]
        return EngineBenchmarks.bestTime(repeats: 50) {
            for v in leaves { v.zeroGrad() }
            lstm(x, hidden: hidden, cell: cell).hidden.sum().backward()
        }
    }

    static func attentionBlock() -> Double {
        var rng = Xoshiro256StarStar(seed: 12)
        let (n, width) = (64, 256)
        let x = Variable(.uniform([n, width], lower: -1, upper: 1, using: &rng), requiresGrad: true)
        let weight = { Variable(.uniform([width, width], lower: -1 / 16, upper: 1 / 16, using: &rng), requiresGrad: true) }
        let attention = MultiHeadAttention(heads: 8, queryWeight: weight(), keyWeight: weight(), valueWeight: weight(), outputWeight: weight())
        let leaves = [x, attention.queryWeight, attention.keyWeight, attention.valueWeight, attention.outputWeight]
        let mask = AttentionMask.causal(queries: n, keys: n)
        return EngineBenchmarks.bestTime(repeats: 50) {
            for v in leaves { v.zeroGrad() }
            attention(x, context: x, mask: mask).output.sum().backward()
        }
    }

    /// JAX jit's seconds per layer from Scripts/bench/jax_layers.py, or none without JAX.
    static func jaxSeconds() -> [String: Double] {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Scripts/bench/jax_layers.py")
        return ExternalCommand.figures(["python3", script.path], environment: ProcessInfo.processInfo.environment)
    }
}
