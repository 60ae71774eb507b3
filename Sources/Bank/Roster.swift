import Foundation

/// The students who sit an exam, read from the CSV file an exam's `roster:` names (or `--roster`):
/// a header row naming the columns, then one row per student, in the order of enrolment.
///
/// Two columns are required, found by their header (case and spaces ignored): the student
/// number (`number`, `student number`, `student_number`, `studentnumber`, `student id`, `id`) and
/// the name (`name`, `student`, `full name`). `room` and `seat` order the print-shop file;
/// `section` and `email` (or `login`) go to the gradebook. Every other column is kept as written.
public struct Roster: Sendable, Hashable {
    /// One student: number, name and the roster's other columns.
    public struct Student: Sendable, Hashable {
        /// Letters, digits, `-` and `_`: it names the student's folder in the private output.
        public var number: String
        public var name: String
        /// Every column but the number and the name, by header as written.
        public var extra: [String: String]
        /// The student's row in the roster file.
        public var location: SourceLocation

        public init(number: String, name: String, extra: [String: String] = [:], location: SourceLocation) {
            self.number = number
            self.name = name
            self.extra = extra
            self.location = location
        }

        /// The value of a column such as `room`, found as the headers are (case and spaces ignored).
        public func column(_ name: String) -> String? {
            extra.first { Roster.normalized($0.key) == name }?.value
        }
    }

    public var file: String
    /// In the order of the file.
    public var students: [Student]
    /// The headers of the extra columns, in the order of the file.
    public var extraColumns: [String]

    public init(file: String, students: [Student], extraColumns: [String] = []) {
        self.file = file
        self.students = students
        self.extraColumns = extraColumns
    }

    public static let numberHeaders = ["number", "studentnumber", "studentid", "id"]
    public static let nameHeaders = ["name", "student", "fullname"]
    /// The longest student number accepted.
    public static let maximumNumberLength = 40

    static func normalized(_ header: String) -> String {
        header.lowercased().filter { !$0.isWhitespace && $0 != "_" && $0 != "-" }
    }

    /// Reads a roster; every problem (a missing column, an empty or repeated number, a number
    /// that cannot name a folder, a row with too many cells) is located at its cell.
    public init(file: String, text: String) throws(DiagnosticError) {
        let table = try CSVTable(file: file, text: text)
        let records = table.records.filter { !$0.isBlank }
        guard let header = records.first else {
            throw DiagnosticError(stage: .load, diagnostics: [.error(at: SourceLocation(file: file, line: 1), "the roster is empty",
                hint: "write a header row such as `number,name` and one row per student")])
        }
        let headers = header.fields.map { Self.normalized($0.text) }
        func column(_ names: [String], _ what: String) throws(DiagnosticError) -> Int {
            guard let index = headers.firstIndex(where: names.contains) else {
                throw DiagnosticError(stage: .load, diagnostics: [.error(at: table.location(header),
                    "the roster has no \(what) column",
                    hint: "name one column \(names.map { "`\($0)`" }.joined(separator: " or ")) (case and spaces do not matter)")])
            }
            return index
        }
        let numberColumn = try column(Self.numberHeaders, "student number")
        let nameColumn = try column(Self.nameHeaders, "name")
        let extraIndices = header.fields.indices.filter { $0 != numberColumn && $0 != nameColumn }
        var diagnostics: [Diagnostic] = []
        for index in extraIndices where header[index].isEmpty {
            diagnostics.append(.error(at: table.location(header.fields[index]), "column \(index + 1) of the roster has no header",
                                      hint: "name the column, or remove it"))
        }
        var students: [Student] = []
        var seen: [String: SourceLocation] = [:]
        for record in records.dropFirst() {
            let location = table.location(record)
            if record.fields.count > header.fields.count {
                diagnostics.append(.error(at: table.location(record.fields[header.fields.count]),
                    "this row has \(record.fields.count) cells but the header names \(header.fields.count) columns",
                    hint: "remove the extra cells, or put a field holding a comma in quotes"))
                continue
            }
            let number = record[numberColumn].trimmingCharacters(in: .whitespaces)
            let name = record[nameColumn].trimmingCharacters(in: .whitespaces)
            let numberAt = numberColumn < record.fields.count ? table.location(record.fields[numberColumn]) : location
            if let problem = Self.problem(withNumber: number) {
                diagnostics.append(.error(at: numberAt, problem))
                continue
            }
            if let first = seen[number] {
                diagnostics.append(.error(at: numberAt, "student number `\(number)` is listed twice", notes: ["first listed at \(first)"]))
                continue
            }
            if name.isEmpty {
                let nameAt = nameColumn < record.fields.count ? table.location(record.fields[nameColumn]) : location
                diagnostics.append(.error(at: nameAt, "student `\(number)` has no name", hint: "fill in the name column"))
                continue
            }
            seen[number] = numberAt
            var extra: [String: String] = [:]
            for index in extraIndices { extra[header[index]] = record[index] }
            students.append(Student(number: number, name: name, extra: extra, location: location))
        }
        guard diagnostics.isEmpty else { throw DiagnosticError(stage: .load, diagnostics: diagnostics) }
        self.init(file: file, students: students, extraColumns: extraIndices.map { header[$0] })
    }

    /// What is wrong with a student number, or nil.
    static func problem(withNumber number: String) -> String? {
        if number.isEmpty { return "a student without a student number" }
        if number.count > maximumNumberLength { return "student number `\(number.prefix(maximumNumberLength))…` is longer than \(maximumNumberLength) characters" }
        let allowed = number.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }
        return allowed ? nil : "student number `\(number)` may hold only letters, digits, `-` and `_`"
    }

    /// The order copies are printed and handed out in: by room and seat when the roster has those
    /// columns (seats compared as numbers where they are), else the roster's order.
    public var printOrder: [Student] {
        guard students.contains(where: { $0.column("room") != nil || $0.column("seat") != nil }) else { return students }
        return students.enumerated().sorted { a, b in
            let (roomA, roomB) = (a.element.column("room") ?? "", b.element.column("room") ?? "")
            if roomA != roomB { return Self.naturallyBefore(roomA, roomB) }
            let (seatA, seatB) = (a.element.column("seat") ?? "", b.element.column("seat") ?? "")
            if seatA != seatB { return Self.naturallyBefore(seatA, seatB) }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// Seat 9 before seat 10: numbers as numbers, anything else as text.
    static func naturallyBefore(_ a: String, _ b: String) -> Bool {
        if let x = Int(a), let y = Int(b) { return x < y }
        return a < b
    }
}
