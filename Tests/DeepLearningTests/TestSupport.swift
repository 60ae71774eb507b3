import Foundation
import Testing
@testable import DeepLearning

/// Reads a committed JSON fixture written by Scripts/jax_reference.py.
func fixture(_ name: String) throws -> [String: Any] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent(name)
    let data = try Data(contentsOf: url)
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
}

/// A tensor from a fixture entry `{"shape": [...], "data": [...]}`.
func tensor(_ any: Any?) -> Tensor {
    let dict = any as! [String: Any]
    let shape = (dict["shape"] as! [Any]).map { ($0 as! NSNumber).intValue }
    let data = (dict["data"] as! [Any]).map { ($0 as! NSNumber).doubleValue }
    return Tensor(shape: shape, scalars: data)
}

func number(_ any: Any?) -> Double { (any as! NSNumber).doubleValue }
func integer(_ any: Any?) -> Int { (any as! NSNumber).intValue }

/// ‖a − b‖ / max(‖a‖, ‖b‖, tiny): the relative error used by every gradient check.
func relativeError(_ a: Tensor, _ b: Tensor) -> Double {
    precondition(a.shape == b.shape, "relativeError: \(a.shape) vs \(b.shape)")
    func norm(_ t: [Double]) -> Double { t.reduce(0) { $0 + $1 * $1 }.squareRoot() }
    let diff = norm(zip(a.scalars, b.scalars).map { $0 - $1 })
    return diff / max(norm(a.scalars), norm(b.scalars), 1e-12)
}

/// Compares reverse-mode gradients of a scalar function of several inputs against central
/// differences; returns the worst relative error.
@discardableResult
func checkGradients(_ inputs: [Tensor], step: Double = 1e-5, tolerance: Double = 1e-6,
                    sourceLocation: SourceLocation = #_sourceLocation,
                    _ f: ([Variable]) -> Variable) -> Double {
    let vars = inputs.map { Variable($0, requiresGrad: true) }
    f(vars).backward()
    var worst = 0.0
    for (k, x) in inputs.enumerated() {
        let numeric = Gradients.numericalGradient(at: x, step: step) { probe in
            var args = inputs.map { Variable($0) }
            args[k] = Variable(probe)
            return withNoGrad { f(args).value.scalar }
        }
        let analytic = vars[k].grad ?? .zeros(x.shape)
        let err = relativeError(analytic, numeric)
        #expect(err < tolerance, "input \(k) shape \(x.shape): relative error \(err)", sourceLocation: sourceLocation)
        worst = max(worst, err)
    }
    return worst
}

/// Reduces any output to a scalar with fixed pseudo-random weights, so every element matters.
func weightedSum(_ y: Variable, seed: UInt64 = 99) -> Variable {
    var rng = Xoshiro256StarStar(seed: seed)
    return (y * Variable(.uniform(y.shape, lower: -1, upper: 1, using: &rng))).sum()
}

func isClose(_ a: Double, _ b: Double, _ tol: Double) -> Bool { abs(a - b) <= tol }

/// Checks forward value and gradients of Σ weights ⊙ f(inputs) for one case of a JAX fixture.
func checkFixtureCase(_ c: [String: Any], tolerance: Double, sourceLocation: SourceLocation = #_sourceLocation,
                      _ f: ([Variable]) -> Variable) {
    let name = c["name"] as! String
    let inputs = (c["inputs"] as! [Any]).map { Variable(tensor($0), requiresGrad: true) }
    let out = f(inputs)
    let want = tensor(c["output"])
    #expect(out.shape == want.shape, "\(name): shape \(out.shape) vs \(want.shape)", sourceLocation: sourceLocation)
    guard out.value.count == want.count else { return }
    #expect(relativeError(out.value.reshaped(want.shape), want) < tolerance, "\(name): forward", sourceLocation: sourceLocation)
    (out * Variable(tensor(c["weights"]).reshaped(out.shape))).sum().backward()
    for (k, g) in (c["grads"] as! [Any]).enumerated() {
        let got = inputs[k].grad ?? .zeros(inputs[k].shape)
        #expect(relativeError(got, tensor(g)) < tolerance, "\(name): gradient \(k)", sourceLocation: sourceLocation)
    }
}

/// A suite that draws its test tensors from a seeded generator of its own.
protocol RandomTensors {
    var rng: Xoshiro256StarStar { get set }
}

extension RandomTensors {
    /// A tensor of `shape` with entries uniform between `lo` and `hi`, from the suite's generator.
    mutating func random(_ shape: [Int], _ lo: Double = -1, _ hi: Double = 1) -> Tensor {
        Tensor.uniform(shape, lower: lo, upper: hi, using: &rng)
    }
}
