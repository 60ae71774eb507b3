extension Character {
    /// `isNumber && isASCII`: 0 … 9, from the ASCII value rather than the Unicode properties.
    var isASCIIDigit: Bool {
        guard let code = asciiValue else { return false }
        return (0x30...0x39).contains(code)
    }

    /// `isLetter`, answered from the ASCII value when there is one (most characters of a formula).
    var isTeXLetter: Bool {
        guard let code = asciiValue else { return isLetter }
        return (0x41...0x5A).contains(code) || (0x61...0x7A).contains(code)
    }

    /// `isNumber`, answered from the ASCII value when there is one.
    var isTeXNumber: Bool { asciiValue == nil ? isNumber : isASCIIDigit }
}
