import Bank

/// A problem found while making a variant: which exercise, with which parameters, and why.
public struct VariantError: Error, Sendable, CustomStringConvertible {
    public var exerciseID: String
    public var location: SourceLocation
    public var message: String
    public var parameters: [String: Value] = [:]
    /// Which draw failed, `variant B of exam `e``, or `the draw with seed 42`; nil for the exercise as written.
    public var variant: String?

    public var description: String {
        let values = parameters.keys.sorted().map { "\($0) = \(parameters[$0]!)" }.joined(separator: ", ")
        return "exercise `\(exerciseID)`\(variant.map { ", \($0)" } ?? ""): \(message)" + (values.isEmpty ? "" : " (parameters: \(values))")
    }

    public var diagnostic: Diagnostic { .error(at: location, description) }
}
