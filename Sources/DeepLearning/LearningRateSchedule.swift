/// The learning rate of each step t = 0, 1, …: a linear warm-up over the first `warmup` steps,
/// η·(t + 1)/warmup, then a decay counted from the end of the warm-up (u = t − warmup):
/// constant; step, η·factor^⌊u/every⌋; or cosine, η_min + (η − η_min)·½(1 + cos(π·min(u, T)/T)).
public struct LearningRateSchedule: Sendable, Equatable {
    public enum Decay: Sendable, Equatable {
        case constant
        case step(every: Int, factor: Double)
        case cosine(steps: Int, minimum: Double)
    }

    public var base: Double
    public var warmup: Int
    public var decay: Decay

    public init(base: Double, warmup: Int = 0, decay: Decay = .constant) {
        precondition(warmup >= 0, "LearningRateSchedule: negative warm-up \(warmup)")
        self.base = base
        self.warmup = warmup
        self.decay = decay
    }

    public func rate(atStep t: Int) -> Double {
        if t < warmup { return base * Double(t + 1) / Double(warmup) }
        let u = t - warmup
        switch decay {
        case .constant:
            return base
        case .step(let every, let factor):
            return base * _pow(factor, Double(u / Swift.max(every, 1)))
        case .cosine(let steps, let minimum):
            let progress = Double(Swift.min(u, steps)) / Double(Swift.max(steps, 1))
            return minimum + (base - minimum) * 0.5 * (1 + _cos(Double.pi * progress))
        }
    }
}
