import Foundation

/// A file that goes into a package beside the questions: a figure as SVG.
public struct PackageFile: Sendable, Hashable {
    /// The file name, the same in every format (`figure-0123abcd.svg`).
    public var name: String
    public var contents: Data
}
