import Foundation

/// A CSV file read by RFC 4180's rules — fields separated by commas, records by CRLF or LF,
/// quoted fields holding commas, line breaks and doubled quotes — with the line and column each
/// field starts at, so that every complaint about a cell can point into the file.
///
/// Written here rather than taken from a package: neither CSV package on this machine reports
/// where a record starts, and a quoted field may span lines, so the record's index is not its line.
public struct CSVTable: Sendable, Hashable {
    /// One field and where it starts.
    public struct Field: Sendable, Hashable {
        public var text: String
        public var line: Int
        public var column: Int
    }

    /// One record: its fields and the line it starts on.
    public struct Record: Sendable, Hashable {
        public var fields: [Field]
        public var line: Int

        public subscript(index: Int) -> String { index < fields.count ? fields[index].text : "" }
        /// Whether every field is empty (a blank line, or `,,,` from a spreadsheet).
        public var isBlank: Bool { fields.allSatisfy { $0.text.allSatisfy(\.isWhitespace) } }
    }

    public var file: String
    public var records: [Record]

    /// The most records and fields per record a table may hold: enough for any course, and a
    /// bound on what a malformed file can make the reader allocate.
    public static let maximumRecords = 100_000
    public static let maximumFields = 1_000

    /// Reads `text`; a leading byte-order mark (spreadsheets write one) is skipped. Throws the
    /// located problem: an unclosed quote, a quote inside an unquoted field, text after a closing
    /// quote, or too many records or fields.
    public init(file: String, text: String) throws(DiagnosticError) {
        self.file = file
        var records: [Record] = []
        var fields: [Field] = []
        var field = ""
        var line = 1, column = 1
        var fieldStart = (line: 1, column: 1), recordLine = 1
        var quoted = false, inQuotes = false, afterQuote = false, quoteOpened = (line: 1, column: 1)
        var scalars = Array(text.unicodeScalars)
        if scalars.first == "\u{FEFF}" { scalars.removeFirst() }
        func fail(_ message: String, _ at: (line: Int, column: Int), hint: String? = nil) -> DiagnosticError {
            DiagnosticError(stage: .load, diagnostics: [.error(at: SourceLocation(file: file, line: at.line, column: at.column), message, hint: hint)])
        }
        func endField() throws(DiagnosticError) {
            guard fields.count < Self.maximumFields else {
                throw fail("a record has more than \(Self.maximumFields) fields (the limit)", fieldStart)
            }
            fields.append(Field(text: field, line: fieldStart.line, column: fieldStart.column))
            field = ""
            quoted = false
            afterQuote = false
        }
        func endRecord() throws(DiagnosticError) {
            try endField()
            guard records.count < Self.maximumRecords else {
                throw fail("the file has more than \(Self.maximumRecords) records (the limit)", (recordLine, 1))
            }
            records.append(Record(fields: fields, line: recordLine))
            fields = []
        }
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if inQuotes {
                if scalar == "\"" {
                    if index < scalars.count, scalars[index] == "\"" {
                        field.unicodeScalars.append("\"")
                        index += 1
                        column += 2
                        continue
                    }
                    inQuotes = false
                    afterQuote = true
                    column += 1
                } else {
                    field.unicodeScalars.append(scalar)
                    if scalar == "\n" { line += 1; column = 1 } else { column += 1 }
                }
                continue
            }
            switch scalar {
            case ",":
                try endField()
                column += 1
                fieldStart = (line, column)
            case "\r" where index < scalars.count && scalars[index] == "\n":
                break
            case "\n", "\r":
                try endRecord()
                line += 1
                column = 1
                fieldStart = (line, column)
                recordLine = line
            case "\"" where field.isEmpty && !quoted:
                quoted = true
                inQuotes = true
                quoteOpened = (line, column)
                column += 1
            default:
                if afterQuote {
                    throw fail("text after the closing quote of a field", (line, column),
                               hint: "put the whole field in quotes and double any quote inside it (\"\"like this\"\")")
                }
                if scalar == "\"" {
                    throw fail("a quote inside a field that does not start with one", (line, column),
                               hint: "put the whole field in quotes and double the quote: \"say \"\"hi\"\"\"")
                }
                field.unicodeScalars.append(scalar)
                column += 1
            }
        }
        if inQuotes { throw fail("this quote is never closed", quoteOpened, hint: "close the field with a `\"`") }
        // A final line break ends the last record; without one, what follows the last break is a record.
        if !field.isEmpty || quoted || !fields.isEmpty { try endRecord() }
        self.records = records
    }

    /// A field's place in the file.
    public func location(_ field: Field) -> SourceLocation {
        SourceLocation(file: file, line: field.line, column: field.column)
    }

    /// A record's place in the file.
    public func location(_ record: Record) -> SourceLocation {
        SourceLocation(file: file, line: record.line, column: 1)
    }

    /// Writes rows as RFC 4180 text with LF line ends, quoting only the fields that need it.
    public static func text(_ rows: [[String]]) -> String {
        rows.map { row in row.map(quote).joined(separator: ",") + "\n" }.joined()
    }

    /// A field as it is written: in quotes, quotes doubled, when it holds a comma, a quote or a
    /// line break, or starts or ends with a space.
    public static func quote(_ field: String) -> String {
        let needs = field.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || field.first?.isWhitespace == true || field.last?.isWhitespace == true
        return needs ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }
}
