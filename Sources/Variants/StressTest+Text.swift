import Bank

/// The stress test's report as the terminal shows it: the spread of the answers on standard
/// output, the failures as diagnostics for the one renderer.
extension StressTest.Report {
    /// Failed draws and NaN or infinite values, located at the exercise (or where the failure points).
    public var diagnostics: [Diagnostic] {
        failures.prefix(Self.shownFailures).map { failure in
            .error(at: failure.location, "\(failure.count) of \(String(counting: draws, "draw")) of `\(exerciseID)` failed: \(failure.message)")
        } + answers.filter { $0.nonFinite > 0 }.map { answer in
            .error(at: location, "`\(answer.name)` of `\(exerciseID)` is NaN or infinite in \(answer.nonFinite) of \(String(counting: draws, "draw"))",
                   hint: "constrain the parameters so that no key prints NaN or infinity")
        } + (positions.isSkewed ? [.warning(at: location, "the correct options of `\(exerciseID)` land unevenly: \(positions.summary)",
                                              hint: "unpin options or add options so that the shuffle can move the correct one")] : [])
    }

    /// How many different failures of one exercise are reported; the rest are counted.
    static let shownFailures = 5

    /// The exercise's line and one line per computed value: its range, how many distinct values,
    /// and how often it was zero, tied or not finite.
    public var lines: [String] {
        var lines = ["\(exerciseID): \(draws) draws, \(failureCount) failed, \(distinctVariants) distinct variants"
                     + (distinctVariants < draws ? " (\(draws - distinctVariants) repeats)" : "")]
        if failures.count > Self.shownFailures {
            lines.append("  \(String(counting: failures.count - Self.shownFailures, "more kind")) of failure not shown")
        }
        for answer in answers {
            var line = "  \(answer.name): "
            line += answer.minimum <= answer.maximum
                ? "\(ValueFormat.default.format(.number(answer.minimum))) … \(ValueFormat.default.format(.number(answer.maximum))), "
                : ""
            line += "\(answer.distinct.count) distinct"
            if answer.zeros > 0 { line += ", zero in \(answer.zeros) draws" }
            if answer.ties > 0 { line += ", tied largest entry in \(answer.ties) draws" }
            if answer.nonFinite > 0 { line += ", NaN or infinite in \(answer.nonFinite) draws" }
            lines.append(line)
        }
        if positions.count > 0 { lines.append("  correct option at: \(positions.summary)") }
        return lines
    }
}
