/// How a part is answered and graded: `open` parts by a grader with the rubric, the others by
/// comparing the response with the engine-computed answer.
public enum PartKind: String, Sendable, Hashable, Codable, CaseIterable {
    case open
    case singleChoice = "single-choice"
    case multipleChoice = "multiple-choice"
    case trueFalse = "true-false"
    case numeric
    case cloze

    /// The `###` heading that declares the kind in a part, nil for `open` (which has `### Answer`).
    public var sectionHeading: String? {
        switch self {
        case .open: nil
        case .singleChoice: "Choose one"
        case .multipleChoice: "Choose all that apply"
        case .trueFalse: "True or false"
        case .numeric: "Numeric answer"
        case .cloze: "Blanks"
        }
    }

    /// The kind a `###` heading declares, case-insensitively.
    public init?(sectionHeading: String) {
        guard let kind = Self.allCases.first(where: { $0.sectionHeading?.lowercased() == sectionHeading.lowercased() }) else { return nil }
        self = kind
    }
}
