/// The middle of repeated measurements: timings on a shared machine are noisy, medians less so.
func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}


/// "1.23" — seconds, megabytes and ratios, printed the same way everywhere.
func decimal(_ value: Double, _ digits: Int = 2) -> String {
    String(format: "%.\(digits)f", value)
}
