// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "sitegen",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "sitegen", targets: ["sitegen"]),
        .library(name: "DeepLearning", targets: ["DeepLearning"]),
        .library(name: "TeXMath", targets: ["TeXMath"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/swiftlang/swift-subprocess", from: "1.0.2"),
    ],
    targets: [
        // C libraries from Debian, each wrapped by exactly one Swift file.
        .systemLibrary(name: "CCmarkGFM", pkgConfig: "libcmark-gfm",
                       providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "COpenBLAS", pkgConfig: "openblas", providers: [.apt(["libopenblas-dev"])]),

        // The deep-learning engine: depends on nothing of ours.
        .target(name: "DeepLearning", dependencies: ["COpenBLAS"]),
        // TeX math → MathML: depends on nothing of ours.
        .target(name: "TeXMath"),

        // One `Diagnostic` (severity, stage, location, message, hint, notes) and the one renderer
        // every user-facing message goes through.
        .target(name: "Diagnostics"),
        // The question bank: model, loading, validation.
        .target(name: "Bank", dependencies: ["Diagnostics", .product(name: "Yams", package: "Yams")]),
        // Markdown (cmark-gfm) → HTML, with math protected from the Markdown parser; formulas are
        // rendered by whatever `MathRenderer` the pipeline plugs in.
        .target(name: "Markup", dependencies: ["CCmarkGFM", "SiteInspection"]),
        // Parameters, the model spec, engine-computed answers, cross-checks and exam variants.
        .target(name: "Variants", dependencies: ["Bank", "DeepLearning"]),
        // Pages, exams, answer keys and grading tables from Mustache templates.
        // Reads only what compute produced (Variants' printed forms), never the raw bank's exams.
        .target(name: "Render", dependencies: [
            "Bank", "Markup", "Variants",
            .product(name: "Mustache", package: "swift-mustache"), .product(name: "Yams", package: "Yams"),
        ]),
        // Figures drawn from a YAML spec as inline SVG, numbers computed by the engine.
        .target(name: "Figures", dependencies: ["Bank", "DeepLearning", "Diagnostics", "Markup", .product(name: "Yams", package: "Yams")]),
        // Reading built HTML back (link checks, tests).
        .target(name: "SiteInspection", dependencies: ["Diagnostics", "CLibXML2"]),
        // Printing exam documents to PDF with headless Chromium, and reading PDFs back with poppler.
        .target(name: "Printing", dependencies: [
            "Bank", "Diagnostics", .product(name: "Subprocess", package: "swift-subprocess"),
        ]),
        // Rosters to grades: which student sits which form, the grading sheet, scores checked,
        // totals, grades, item statistics, the results report and the gradebook file.
        .target(name: "Grading", dependencies: ["Bank", "Variants", "Render", .product(name: "Mustache", package: "swift-mustache")]),
        // load → validate → compute → render → write.
        .target(name: "Pipeline", dependencies: [
            "Bank", "Markup", "Render", "TeXMath", "Variants", "Figures", "SiteInspection", "Grading",
            .product(name: "Logging", package: "swift-log"),
        ]),

        // `sitegen export`: exams, topics and exercises with their variants as Moodle XML, an IMS QTI 2.1
        // package and a Canvas (QTI 1.2) package, for an LMS to draw and grade.
        .target(name: "Export", dependencies: [
            "Bank", "Markup", "Render", "TeXMath", "Variants", "Figures", "Pipeline", "SiteInspection",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),

        // `sitegen serve`: the built site on loopback, rebuilt and reloaded when the bank changes.
        .target(name: "Server", dependencies: [
            "Pipeline", "Bank", "Markup",
            .product(name: "Hummingbird", package: "hummingbird"),
            .product(name: "NIOCore", package: "swift-nio"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        // `sitegen init` and `sitegen new`: a new course (with the default theme, embedded by the
        // EmbedTheme plugin from Templates/) and new exercises.
        .target(name: "Scaffold", dependencies: ["Bank", "Diagnostics"],
                plugins: ["EmbedTheme"]),
        .executableTarget(name: "sitegen-embed"),
        .plugin(name: "EmbedTheme", capability: .buildTool(), dependencies: ["sitegen-embed"]),

        .executableTarget(name: "sitegen", dependencies: [
            "Bank", "Pipeline", "Render", "TeXMath", "Printing", "Server", "Scaffold", "Diagnostics", "Grading", "Export",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
            .product(name: "Logging", package: "swift-log"),
        ]),
        .executableTarget(name: "sitegen-bench", dependencies: [
            "DeepLearning", "TeXMath", "Pipeline", "Render", "Diagnostics",
            .product(name: "Logging", package: "swift-log"),
        ]),

        .testTarget(name: "DeepLearningTests", dependencies: ["DeepLearning"], exclude: ["Fixtures"]),
        .testTarget(name: "TeXMathTests", dependencies: ["TeXMath", "TestSupport"], exclude: ["Fixtures"]),
        // What the test targets share: temporary folders that clean up, golden files.
        .target(name: "TestSupport", path: "Tests/Support"),

        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        // The built executable, run in a temporary folder: output and exit status.
        .testTarget(name: "CLITests", dependencies: ["sitegen", "Scaffold", "TestSupport"]),
        .testTarget(name: "BankTests", dependencies: ["Bank", "TestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "FiguresTests", dependencies: ["Figures", "DeepLearning", "SiteInspection", "TestSupport"]),
        .testTarget(name: "PipelineTests", dependencies: ["Pipeline", "Export", "Figures", "SiteInspection", "Bank", "Render", "TestSupport", "Markup", "TeXMath", "Grading"]),
        // Real browser: PDFs of the exams, layout at phone and desktop width, the Nu HTML Checker.
        .testTarget(name: "BrowserTests", dependencies: ["Printing", "Pipeline", "SiteInspection", "Bank", "TestSupport"]),
        .testTarget(name: "RenderTests", dependencies: ["Render", "Bank", "SiteInspection"]),
        // Documents from the manifest and page counts, without Chromium or poppler.
        .testTarget(name: "PrintingTests", dependencies: ["Printing", "Bank", "TestSupport"]),
        .testTarget(name: "VariantsTests", dependencies: ["Variants", "Bank", "TestSupport"]),
        // Rosters, assignment, score sheets, statistics against scipy, the results report.
        .testTarget(name: "GradingTests", dependencies: ["Grading", "Bank", "Pipeline", "SiteInspection", "TestSupport"], exclude: ["Fixtures"]),
        // Every export read back: QTI against the IMS schema with libxml2, Moodle XML as its importer reads it.
        .testTarget(name: "ExportTests", dependencies: [
            "Export", "Bank", "Pipeline", "SiteInspection", "TestSupport", "CLibXML2",
            .product(name: "ZIPFoundation", package: "ZIPFoundation"),
        ]),
        // `sitegen init` and `sitegen new exercise`: the course and the exercise they write, built.
        .testTarget(name: "ScaffoldTests", dependencies: ["Scaffold", "Pipeline", "Bank", "SiteInspection", "TestSupport"]),
        .testTarget(name: "ServerTests", dependencies: [
            "Server", "Pipeline", "Bank", "Scaffold", "Render", "SiteInspection", "sitegen", "TestSupport", "DeepLearning",
            .product(name: "Logging", package: "swift-log"),
        ]),
    ]
)
