import Foundation

/// Where `sitegen grade` writes an exam's results in the private output, and which exams have them.
public enum GradingResults {
    /// `exams/<exam>/results`, relative to the private output.
    public static func folder(_ exam: String) -> String { "exams/\(exam)/results" }

    /// The exams whose results folder holds a report, sorted.
    public static func gradedExams(in privateOutput: URL) -> [String] {
        let exams = privateOutput.appendingPathComponent("exams")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: exams.path)) ?? []
        return names.filter { name in
            FileManager.default.fileExists(atPath: privateOutput.appendingPathComponent(folder(name)).appendingPathComponent("report.html").path)
        }.sorted()
    }
}
