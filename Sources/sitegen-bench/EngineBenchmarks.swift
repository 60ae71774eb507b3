// Benchmarks of the DeepLearning engine: one line per figure, `name: value unit`.
import DeepLearning
import Foundation
import Pipeline

enum EngineBenchmarks {
    /// Variables that change which OpenBLAS kernel or blocking is used; unset for a fair comparison.
    static let distortingVariables = ["OPENBLAS_CORETYPE", "OPENBLAS_L2_SIZE"]

    static func run() {
        // OpenBLAS reads its environment when the library loads, so if a distorting variable is
        // set, re-run this suite in a child process without it (numpy gets the same treatment).
        let env = ProcessInfo.processInfo.environment
        let present = distortingVariables.filter { env[$0] != nil }
        if !present.isEmpty, env["SITEGEN_BENCH_CLEAN_ENV"] == nil {
            print("engine.env: re-running without \(present.joined(separator: ", ")) (for both engine and numpy)")
            fflush(nil)  // all C streams: print() is buffered when piped
            var clean = env
            for v in distortingVariables { clean.removeValue(forKey: v) }
            clean["SITEGEN_BENCH_CLEAN_ENV"] = "1"
            let child = Process()
            child.executableURL = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            child.arguments = ["engine"]
            child.environment = clean
            do { try child.run(); child.waitUntilExit() } catch { print("engine.env: re-run failed: \(error)") }
            return
        }
        print("engine.threads: 1 (OpenBLAS and numpy both single-threaded; OPENBLAS_CORETYPE/L2_SIZE unset)")
        gemm()
        mlp()
        tinyTrainingStep()
        convolution()
        LayerBenchmarks.run()
    }

    /// Best time in seconds of `repeats` runs of `body` (best-of damps noise from shared cores).
    static func bestTime(repeats: Int, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var best = Double.infinity
        for _ in 0..<repeats {
            best = min(best, clock.measure(body).seconds)
        }
        return best
    }

    static func format(_ x: Double) -> String { String(format: x >= 100 ? "%.0f" : x >= 10 ? "%.1f" : "%.2f", x) }

    static func gemm() {
        let sizes = [256, 512, 1024]
        let numpy = numpyGFLOPS(sizes: sizes)
        var rng = Xoshiro256StarStar(seed: 1)
        for n in sizes {
            let a = Tensor.uniform([n, n], using: &rng).scalars, b = Tensor.uniform([n, n], using: &rng).scalars
            let fa = a.map(Float.init), fb = b.map(Float.init)
            let flops = 2.0 * Double(n * n * n)
            let reps = n <= 512 ? 10 : 4
            let d = flops / bestTime(repeats: reps) { _ = GEMM.using(.openBLAS) { GEMM.multiply(a, b, m: n, n: n, k: n) } } / 1e9
            let s = flops / bestTime(repeats: reps) { _ = GEMM.multiply(fa, fb, m: n, n: n, k: n) } / 1e9
            for (name, mine, peer) in [("gemm.f64.\(n)", d, numpy["f64.\(n)"]), ("gemm.f32.\(n)", s, numpy["f32.\(n)"])] {
                if let peer {
                    print("\(name): \(format(mine)) GFLOP/s (numpy \(format(peer)) GFLOP/s, ratio \(String(format: "%.2f", mine / peer)))")
                } else {
                    print("\(name): \(format(mine)) GFLOP/s (numpy unavailable)")
                }
            }
            let p = flops / bestTime(repeats: n <= 512 ? 3 : 1) { _ = GEMM.multiply(a, b, m: n, n: n, k: n) } / 1e9
            print("gemm.f64.portable.\(n): \(format(p)) GFLOP/s (OpenBLAS \(format(d)) GFLOP/s, ratio \(String(format: "%.2f", p / d)))")
        }
    }

    /// numpy's matmul GFLOP/s on the same sizes, single-threaded, measured in a subprocess.
    static func numpyGFLOPS(sizes: [Int]) -> [String: Double] {
        let script = """
        import time, numpy as np
        rng = np.random.default_rng(1)
        for n in \(sizes):
            for dt, tag in ((np.float64, 'f64'), (np.float32, 'f32')):
                a = rng.random((n, n)).astype(dt); b = rng.random((n, n)).astype(dt)
                best = 1e9
                for _ in range(10 if n <= 512 else 4):
                    t = time.perf_counter(); a @ b; best = min(best, time.perf_counter() - t)
                print(f"{tag}.{n} {2 * n**3 / best / 1e9}")
        """
        var env = ProcessInfo.processInfo.environment
        for v in distortingVariables { env.removeValue(forKey: v) }
        env["OPENBLAS_NUM_THREADS"] = "1"
        env["OMP_NUM_THREADS"] = "1"
        return ExternalCommand.figures(["python3", "-c", script], environment: env)
    }

    static func mlp() {
        var rng = Xoshiro256StarStar(seed: 2)
        let model = Sequential(Dense(784, 256, rng: &rng), Activation.relu, Dense(256, 10, rng: &rng))
        let x = Variable(.uniform([64, 784], using: &rng))
        let labels = (0..<64).map { $0 % 10 }
        for backend in [GEMM.Backend.openBLAS, .portable] {
            let t = GEMM.using(backend) {
                bestTime(repeats: 20) {
                    for p in model.parameters { p.variable.zeroGrad() }
                    Loss.crossEntropy(logits: model(x), labels: labels).backward()
                }
            }
            print("mlp.784-256-10.batch64.fwd+bwd.\(backend): \(format(t * 1e6)) µs")
        }
    }

    static func tinyTrainingStep() {
        var rng = Xoshiro256StarStar(seed: 42)
        let model = Sequential(Dense(2, 4, rng: &rng), Activation.tanh, Dense(4, 1, rng: &rng), Activation.logistic)
        let x = Variable(Tensor(shape: [4, 2], scalars: [0, 0, 0, 1, 1, 0, 1, 1]))
        let y = Tensor(shape: [4, 1], scalars: [0, 1, 1, 0])
        var adam = Adam(parameters: model.parameters, learningRate: 0.1)
        let steps = 2000
        let t = bestTime(repeats: 5) {
            _ = adam.minimize(steps: steps) { Loss.binaryCrossEntropy(probabilities: model(x), targets: y) }
        }
        print("train.xor.2-4-1.adam.step: \(format(t / Double(steps) * 1e6)) µs")
    }

    static func convolution() {
        var rng = Xoshiro256StarStar(seed: 3)
        let conv = Conv2D(3, 32, kernel: 3, padding: 1, rng: &rng)
        let x = Variable(.uniform([1, 3, 256, 256], using: &rng), requiresGrad: true)
        for backend in [GEMM.Backend.openBLAS, .portable] {
            let t = GEMM.using(backend) {
                bestTime(repeats: 3) {
                    x.zeroGrad(); conv.weight.zeroGrad(); conv.bias!.zeroGrad()
                    conv(x).sum().backward()
                }
            }
            print("conv2d.3x3.32f.3x256x256.fwd+bwd.\(backend): \(format(t * 1e3)) ms")
        }
    }
}
