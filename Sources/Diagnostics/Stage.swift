/// Where a finding was made: one of the five build stages, or a command's own work around them.
public enum Stage: String, Sendable, Hashable, CaseIterable {
    case load, validate, compute, render, write
    /// `sitegen pdf`: Chromium and poppler.
    case print
    /// `sitegen serve`: the listening socket and the watcher.
    case serve
    /// `sitegen init` and `sitegen new`.
    case scaffold
    /// `sitegen check --links`: reading the built output back.
    case inspect
    /// `sitegen grade`: reading a scores file and writing the results.
    case grade
    /// `sitegen export`: packaging exercises and their variants for an LMS.
    case export

    /// The five stages of a build, in order.
    public static let build: [Stage] = [.load, .validate, .compute, .render, .write]

    /// "[2/5] validate" for a build stage, the bare name otherwise.
    public var label: String {
        guard let index = Self.build.firstIndex(of: self) else { return rawValue }
        return "[\(index + 1)/\(Self.build.count)] \(rawValue)"
    }

    /// What the stage was doing, for a sentence such as "failed with 2 errors while reading the bank".
    public var activity: String {
        switch self {
        case .load: "reading the bank"
        case .validate: "checking the bank"
        case .compute: "computing the answers"
        case .render: "rendering the pages"
        case .write: "writing the output"
        case .print: "printing"
        case .serve: "serving"
        case .scaffold: "creating files"
        case .inspect: "checking the built output"
        case .grade: "grading"
        case .export: "exporting for an LMS"
        }
    }
}
