/// The build cache's binary fields: integers as 8 little-endian bytes, byte strings after their
/// length. A reader past the end, or at a length longer than what is left, reads nil.
struct RecordWriter {
    private(set) var bytes: [UInt8] = []

    mutating func integer(_ value: Int) {
        withUnsafeBytes(of: Int64(value).littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func field(_ value: some Collection<UInt8>) {
        integer(value.count)
        bytes.append(contentsOf: value)
    }

    mutating func string(_ value: String) {
        integer(value.utf8.count)
        bytes += value.utf8
    }

    mutating func strings(_ values: [String]) {
        integer(values.count)
        for value in values { string(value) }
    }
}

struct RecordReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var atEnd: Bool { offset == bytes.count }

    mutating func integer() -> Int? {
        guard bytes.count - offset >= 8 else { return nil }
        var value: UInt64 = 0
        for index in (offset..<offset + 8).reversed() { value = value << 8 | UInt64(bytes[index]) }
        offset += 8
        return Int(truncatingIfNeeded: Int64(bitPattern: value))
    }

    mutating func field() -> ArraySlice<UInt8>? {
        guard let count = integer(), count >= 0, count <= bytes.count - offset else { return nil }
        defer { offset += count }
        return bytes[offset..<offset + count]
    }

    mutating func string() -> String? {
        guard let utf8 = field() else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }

    /// A list of strings, at most as many as there are bytes left.
    mutating func strings() -> [String]? {
        guard let count = integer(), count >= 0, count <= bytes.count - offset else { return nil }
        var values: [String] = []
        for _ in 0..<count {
            guard let value = string() else { return nil }
            values.append(value)
        }
        return values
    }
}
