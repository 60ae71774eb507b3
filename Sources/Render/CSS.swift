/// CSS text escaping, in one place.
enum CSS {
    /// A quoted CSS string, safe inside a `<style>` element.
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"", "\\": out += "\\\(scalar)"
            case "<", ">", "&", "\n": out += "\\\(String(scalar.value, radix: 16)) "
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }
}
