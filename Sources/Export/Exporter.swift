import Bank
import Foundation
import Pipeline
import Variants

/// `sitegen export`: load and check the bank, draw every exercise's variants, and write one
/// package per format into `private/exports/<name>/`.
public struct Exporter: Sendable {
    /// What to export: an exam id, a topic slug, or exercise ids.
    public var names: [String]
    /// The folder name below `private/exports/`; by default the exam's id or the topic's slug.
    public var name: String?
    public var formats: [ExportFormat]
    /// Variants per exercise; by default the exam file's `variants:`, else 1.
    public var variants: Int?
    public var seed: UInt64?

    public init(names: [String], name: String? = nil, formats: [ExportFormat], variants: Int? = nil, seed: UInt64? = nil) {
        self.names = names
        self.name = name
        self.formats = formats
        self.variants = variants
        self.seed = seed
    }

    /// What an export wrote.
    public struct Report: Sendable {
        public var name: String
        public var files: [URL]
        public var exercises: Int
        public var questions: Int
        public var warnings: [Diagnostic]
    }

    /// The packages of an export, in memory.
    public struct Packages: Sendable {
        public var selection: ExportSelection
        public var pools: [QuestionPool]
        /// Each format's file, by its name (`moodle.xml`, …), in the order of `formats`.
        public var files: [(name: String, contents: Data)]
        /// What the Markdown, formulas and figures of the variants gave, and format limits met.
        public var warnings: [Diagnostic]
    }

    /// The package of every format, in memory, for `bank`.
    public func packages(bank: Bank) throws(DiagnosticError) -> Packages {
        let selection = try ExportSelection.resolve(names, in: bank, name: name)
        let maker = try VariantMaker(bank: bank)
        let count = variants ?? selection.exam?.variants ?? 1
        let pools = try QuestionPool.pools(selection, maker: maker, count: count, seed: seed)
        var files: [(name: String, contents: Data)] = []
        var warnings: [Diagnostic] = []
        do {
            for format in formats {
                let data: Data, found: [Diagnostic]
                switch format {
                case .moodle: (data, found) = MoodleXML(selection: selection, pools: pools, course: bank.course).document()
                case .qti: (data, found) = try QTIPackage(selection: selection, pools: pools, course: bank.course).data()
                case .canvas: (data, found) = try CanvasPackage(selection: selection, pools: pools, course: bank.course).data()
                }
                files.append((format.fileName, data))
                warnings += found.filter { !warnings.contains($0) }
            }
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(stage: .export, diagnostics: [.error(.export, "cannot make the package: \(error.localizedDescription)")])
        }
        return Packages(selection: selection, pools: pools, files: files, warnings: warnings)
    }

    /// Loads and validates the bank, makes the packages and writes them.
    public func run(options: BuildOptions) throws(DiagnosticError) -> Report {
        let builder = SiteBuilder(options: options)
        let bank = try builder.load()
        let validation = try builder.validate(bank)
        if options.strict, !validation.isEmpty { throw DiagnosticError(stage: .validate, diagnostics: validation) }
        let made = try packages(bank: bank)
        if options.strict, !made.warnings.isEmpty { throw DiagnosticError(stage: .export, diagnostics: made.warnings) }
        let writer = OutputWriter(site: options.site, privateOutput: options.privateOutput)
        let written = try PrivateExports.write(made.files, export: made.selection.name, writer: writer)
        return Report(name: made.selection.name, files: written, exercises: made.pools.count,
                      questions: made.pools.map(\.variants.count).reduce(0, +), warnings: validation + made.warnings)
    }
}
