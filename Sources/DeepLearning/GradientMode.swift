/// Whether ops record the graph; see ``withNoGrad(_:)``.
public enum GradientMode {
    /// `false` inside a no-grad scope on the current task/thread.
    @TaskLocal public static var isEnabled = true
}

/// Runs `body` without recording gradients (inference, optimiser updates).
public func withNoGrad<R>(_ body: () throws -> R) rethrows -> R {
    try GradientMode.$isEnabled.withValue(false) { try body() }
}
