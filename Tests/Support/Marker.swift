/// Places in an inline fixture found by what is written there, not by counting lines (as
/// swift-format's tests put markers in their input): a fixture that gains a line above the place
/// still finds it.
public enum Marker {
    /// The 1-based line of the first line of `text` that contains `marker`; 0 when none does,
    /// which no diagnostic names, so that a lost marker fails the test that uses it.
    public static func line(of marker: String, in text: String) -> Int {
        location(of: marker, in: text).line
    }

    /// The 1-based line and column (in characters) where `marker` first starts in `text`.
    public static func location(of marker: String, in text: String) -> (line: Int, column: Int) {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: marker) {
                return (index + 1, line.distance(from: line.startIndex, to: range.lowerBound) + 1)
            }
        }
        return (0, 0)
    }
}
