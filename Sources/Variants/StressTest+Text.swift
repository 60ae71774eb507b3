/// The stress test's report as the terminal shows it.
extension StressTest.Report {
    public var lines: [String] {
        var lines = ["\(exerciseID): \(draws) draws, \(failureCount) failed, \(distinctVariants) distinct variants"
                     + (distinctVariants < draws ? " (\(draws - distinctVariants) repeats)" : "")]
        for failure in failures.prefix(5) {
            lines.append("  error (\(failure.count)×): \(failure.message)")
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
        return lines
    }
}
