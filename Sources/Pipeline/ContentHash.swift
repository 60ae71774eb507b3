import Foundation

/// A 128-bit hash of a file's bytes, the same on every machine and every run (unlike `Hasher`):
/// what the build cache compares instead of the bytes. Two lanes read eight bytes at a time;
/// each step is a bijection of the lane for a given word and of the word for a given lane, so
/// an edit that changes a single word always changes the hash.
struct ContentHash: Hashable, Sendable, CustomStringConvertible {
    var high: UInt64
    var low: UInt64

    init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    init(_ data: Data) {
        self = data.withUnsafeBytes { Self($0) }
    }

    init(_ bytes: UnsafeRawBufferPointer) {
        var high: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        var low: UInt64 = 0x1319_8A2E_0370_7344
        let words = bytes.count / 8
        for index in 0..<words {
            let word = UInt64(littleEndian: bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
            high = (Self.rotated(high, 23) ^ word) &* 0x9E37_79B9_7F4A_7C15
            low = (Self.rotated(low, 29) ^ word) &* 0xC2B2_AE3D_27D4_EB4F
        }
        var tail: UInt64 = 0
        for offset in (words * 8)..<bytes.count { tail = tail << 8 | UInt64(bytes[offset]) }
        high = Self.mixed((Self.rotated(high, 23) ^ tail) &* 0x9E37_79B9_7F4A_7C15)
        low = Self.mixed((Self.rotated(low, 29) ^ tail) &* 0xC2B2_AE3D_27D4_EB4F ^ high)
        self.init(high: high, low: low)
    }

    /// The hash of text, as of its UTF-8 bytes.
    init(_ text: String) {
        var text = text
        self = text.withUTF8 { Self(UnsafeRawBufferPointer($0)) }
    }

    /// 32 hexadecimal digits.
    var description: String {
        var digits: [UInt8] = []
        appendHex(to: &digits)
        return String(decoding: digits, as: UTF8.self)
    }

    /// `description`'s digits, appended to `bytes`.
    func appendHex(to bytes: inout [UInt8]) {
        for value in [high, low] {
            for shift in stride(from: 60, through: 0, by: -4) {
                let digit = UInt8(truncatingIfNeeded: value >> UInt64(shift)) & 0xF
                bytes.append(digit < 10 ? UInt8(ascii: "0") + digit : UInt8(ascii: "a") + digit - 10)
            }
        }
    }

    /// Reads what `description` wrote; nil for anything else.
    init?(hex: Substring) {
        guard hex.utf8.count == 32, let high = UInt64(hex.prefix(16), radix: 16), let low = UInt64(hex.suffix(16), radix: 16) else { return nil }
        self.init(high: high, low: low)
    }

    private static func rotated(_ value: UInt64, _ bits: UInt64) -> UInt64 {
        value << bits | value >> (64 - bits)
    }

    /// SplitMix64's finaliser: every input bit reaches every output bit.
    private static func mixed(_ value: UInt64) -> UInt64 {
        var value = value
        value = (value ^ value >> 30) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ value >> 27) &* 0x94D0_49BB_1331_11EB
        return value ^ value >> 31
    }
}
