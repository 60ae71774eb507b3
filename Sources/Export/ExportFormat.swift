/// The three LMS formats `sitegen export` writes, each to one file of a fixed name in
/// `private/exports/<name>/`.
public enum ExportFormat: String, Sendable, CaseIterable {
    /// Moodle XML, for Question bank → Import in Moodle.
    case moodle
    /// An IMS QTI 2.1 content package: one item per exercise variant and a test drawing one per exercise.
    case qti
    /// A Canvas (QTI 1.2) quiz package, as Canvas's "QTI .zip file" import reads it.
    case canvas

    /// The file the format is written to, inside the export's folder.
    public var fileName: String {
        switch self {
        case .moodle: "moodle.xml"
        case .qti: "qti-2.1.zip"
        case .canvas: "canvas-qti-1.2.zip"
        }
    }
}
