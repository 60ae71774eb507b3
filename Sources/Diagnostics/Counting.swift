extension String {
    /// "1 exam", "2 exams", "0 errors": a count with its noun, for every message that counts.
    public init(counting count: Int, _ singular: String, _ plural: String? = nil) {
        self = "\(count) \(count == 1 ? singular : plural ?? singular + "s")"
    }
}
