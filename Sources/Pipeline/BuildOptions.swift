import Foundation

/// Where a build reads from and writes to.
public struct BuildOptions: Sendable {
    public var bank: URL
    public var templates: URL
    public var site: URL
    public var privateOutput: URL
    /// Warnings fail the build.
    public var strict: Bool
    /// Makes this many variants of every exam, whatever the exam files say (`--variants`).
    public var variants: Int?
    /// Draws every exam's variants from this seed instead of the one in the file (`--seed`).
    public var seed: UInt64?
    /// Write only the files whose bytes changed, in place, instead of swapping in fresh folders
    /// (`sitegen serve`, which serves the folders while it rebuilds them).
    public var incremental = false
    /// What the build cache beside the private output is used for (`BuildCache`).
    public var cache: CacheUse = .off
    /// Paths in the private output (files or folders) that the build carries over from the
    /// previous output: `sitegen pdf B` keeps exam A's `exams/A/pdf`.
    public var keptPrivate: [String] = []
    /// `--roster EXAM=FILE`: rosters by exam id, in place of the exam files' `roster:`.
    public var rosters: [String: URL] = [:]

    public init(bank: URL, templates: URL, site: URL, privateOutput: URL, strict: Bool = false) {
        self.bank = bank
        self.templates = templates
        self.site = site
        self.privateOutput = privateOutput
        self.strict = strict
    }

    /// How a build uses its cache.
    public enum CacheUse: Sendable {
        /// Neither read nor written (`--no-cache`; a library caller's default).
        case off
        /// Read, to skip what did not change, and updated (`sitegen build`, `sitegen serve`).
        case on
        /// Not read: a full build, which records the cache afresh (`--clean`).
        case fresh
    }

    /// The defaults for a course checked out as this repository is: `QuestionBank/`, `Templates/`,
    /// `site/` and `private/` below `root`.
    public static func defaults(in root: URL) -> BuildOptions {
        BuildOptions(bank: root.appendingPathComponent("QuestionBank"),
                     templates: root.appendingPathComponent("Templates"),
                     site: root.appendingPathComponent("site"),
                     privateOutput: root.appendingPathComponent("private"))
    }
}
