import Render

/// The build record's text, read and written by bytes: at 10,000 exercises it has 20,000 lines,
/// and splitting them into Characters took longer than the rest of a build with nothing to do.
extension BuildRecord {
    /// The cache file: a line per file, the path last, `end` last of all, so that a truncated
    /// file is noticed. Paths with a line break are left out, so that file is never trusted.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The record as its file holds it.
    var bytes: [UInt8] {
        var out = RecordText()
        out.bytes.reserveCapacity(96 * (inputs.count + outputs.values.map(\.count).reduce(0, +)) + 256)
        out.line(Self.format)
        out.line("key", key.description)
        out.line("made", String(made))
        if let summary { out.line((["summary"] + summary.fields.map(String.init)).joined(separator: " ")) }
        for (path, stamp) in inputs.sorted(by: { $0.key < $1.key }) where !path.utf8.contains(UInt8(ascii: "\n")) {
            out.stamp("in", stamp, path)
        }
        for destination in [OutputFile.Destination.site, .private] {
            for (path, stamp) in (outputs[destination] ?? [:]).sorted(by: { $0.key < $1.key }) where !path.utf8.contains(UInt8(ascii: "\n")) {
                out.stamp("out \(destination.rawValue)", stamp, path)
            }
        }
        out.line("end")
        return out.bytes
    }

    /// Reads `text`; nil for anything else — another format, a damaged or truncated file.
    init?(text: String) {
        var text = text
        guard let record = text.withUTF8({ Self.read(Array(RecordLine.lines(of: $0))) }) else { return nil }
        self = record
    }

    private static func read(_ lines: [RecordLine]) -> BuildRecord? {
        guard lines.count >= 3, lines[0].text == format, lines[lines.count - 1].isEmpty, lines[lines.count - 2].text == "end" else { return nil }
        var key: ContentHash?, made: Int64?, summary: Summary?
        var inputs: [String: FileStamp] = [:], outputs: [OutputFile.Destination: [String: FileStamp]] = [:]
        inputs.reserveCapacity(lines.count)
        for line in lines[1..<(lines.count - 2)] {
            switch line.word {
            case "key":
                guard let fields = line.fields(2) else { return nil }
                key = ContentHash(hex: fields[1])
            case "made":
                guard let fields = line.fields(2) else { return nil }
                made = fields[1].integer
            case "summary":
                guard let fields = line.fields(6) else { return nil }
                let counts = fields.dropFirst().compactMap { $0.integer.map(Int.init) }
                guard counts.count == 5 else { return nil }
                summary = Summary(siteFiles: counts[0], privateFiles: counts[1], exercises: counts[2], exams: counts[3], variants: counts[4])
            case "in":
                guard let fields = line.fields(5), let stamp = FileStamp(fields[1], fields[2], fields[3]) else { return nil }
                inputs[fields[4].text] = stamp
            case "out":
                guard let fields = line.fields(6), let destination = OutputFile.Destination(rawValue: fields[1].text),
                      let stamp = FileStamp(fields[2], fields[3], fields[4]) else { return nil }
                outputs[destination, default: [:]][fields[5].text] = stamp
            default: return nil
            }
        }
        guard let key, let made else { return nil }
        return BuildRecord(key: key, made: made, inputs: inputs, outputs: outputs, summary: summary)
    }
}

/// The record's text as it is written: fields straight into its bytes, without a String for each
/// number and hash of its 20,000 lines.
private struct RecordText {
    var bytes: [UInt8] = []

    mutating func line(_ words: String...) {
        for (index, word) in words.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: " ")) }
            bytes += word.utf8
        }
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `word size modified hash path`.
    mutating func stamp(_ word: String, _ stamp: FileStamp, _ path: String) {
        bytes += word.utf8
        space()
        decimal(stamp.size)
        space()
        decimal(Int(stamp.modified))
        space()
        stamp.hash.appendHex(to: &bytes)
        space()
        bytes += path.utf8
        bytes.append(UInt8(ascii: "\n"))
    }

    private mutating func space() { bytes.append(UInt8(ascii: " ")) }

    /// As `String(value)` writes it.
    private mutating func decimal(_ value: Int) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var count = 1, rest = value.magnitude
        while rest >= 10 { rest /= 10; count += 1 }
        bytes += repeatElement(UInt8(ascii: "0"), count: count)
        var magnitude = value.magnitude, index = bytes.count
        repeat {
            index -= 1
            bytes[index] += UInt8(magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }
}

/// A line of the record (or a field of one), as a range of its bytes.
struct RecordLine {
    let bytes: UnsafeBufferPointer<UInt8>
    let range: Range<Int>

    /// The lines of `bytes`, cut at `\n`; the last one is empty when the text ends with one.
    static func lines(of bytes: UnsafeBufferPointer<UInt8>) -> [RecordLine] {
        var lines: [RecordLine] = []
        var start = 0
        for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "\n") {
            lines.append(RecordLine(bytes: bytes, range: start..<index))
            start = index + 1
        }
        lines.append(RecordLine(bytes: bytes, range: start..<bytes.count))
        return lines
    }

    var isEmpty: Bool { range.isEmpty }
    var text: String { String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }

    /// The first field.
    var word: String {
        RecordLine(bytes: bytes, range: range.lowerBound..<(range.first { bytes[$0] == UInt8(ascii: " ") } ?? range.upperBound)).text
    }

    /// Exactly `count` fields cut at single spaces, the last one taking the rest of the line
    /// (a path may hold spaces); nil when there are fewer.
    func fields(_ count: Int) -> [RecordLine]? {
        var fields: [RecordLine] = []
        var start = range.lowerBound
        for index in range where bytes[index] == UInt8(ascii: " ") && fields.count < count - 1 {
            fields.append(RecordLine(bytes: bytes, range: start..<index))
            start = index + 1
        }
        fields.append(RecordLine(bytes: bytes, range: start..<range.upperBound))
        return fields.count == count ? fields : nil
    }

    /// A decimal integer, optionally negative; nil for anything else.
    var integer: Int64? {
        var value: Int64 = 0
        var negative = false
        guard !range.isEmpty else { return nil }
        for index in range {
            let byte = bytes[index]
            if byte == UInt8(ascii: "-") && index == range.lowerBound && range.count > 1 { negative = true; continue }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let (times, overflow) = value.multipliedReportingOverflow(by: 10)
            let (sum, overflow2) = times.addingReportingOverflow(Int64(byte - UInt8(ascii: "0")))
            guard !overflow, !overflow2 else { return nil }
            value = sum
        }
        return negative ? -value : value
    }
}

extension ContentHash {
    /// Reads 32 hexadecimal digits; nil for anything else.
    init?(hex field: RecordLine) {
        guard field.range.count == 32 else { return nil }
        var lanes: [UInt64] = [0, 0]
        for (offset, index) in field.range.enumerated() {
            let byte = field.bytes[index]
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            default: return nil
            }
            lanes[offset / 16] = lanes[offset / 16] << 4 | UInt64(digit)
        }
        self.init(high: lanes[0], low: lanes[1])
    }
}

extension FileStamp {
    /// Reads the record's "size modified hash" fields.
    init?(_ size: RecordLine, _ modified: RecordLine, _ hash: RecordLine) {
        guard let size = size.integer, let modified = modified.integer, let hash = ContentHash(hex: hash) else { return nil }
        self.init(size: Int(size), modified: modified, hash: hash)
    }
}
