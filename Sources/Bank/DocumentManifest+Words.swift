extension DocumentManifest {
    /// A word of the course's language, by key, with its `{placeholders}` filled in; the key itself
    /// when the manifest does not have it.
    public func word(_ key: String, _ values: [String: String] = [:]) -> String {
        (labels[key] ?? key).filling(values)
    }

    /// `count` in the words of `one` (`{n} student graded`) or of `many`.
    public func counted(_ count: Int, one: String, many: String) -> String {
        word(count == 1 ? one : many, ["n": String(count)])
    }
}

extension String {
    /// The text with each `{name}` of `values` replaced by its value, in one pass: a value that
    /// holds braces is not filled in again. Other braces stay as they are.
    public func filling(_ values: [String: String]) -> String {
        guard !values.isEmpty else { return self }
        var out = ""
        var rest = self[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += value
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}
