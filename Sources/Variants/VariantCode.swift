/// Variant codes as printed on the exams: A … Z, then AA … ZZ, then AAA … (bijective base 26).
public enum VariantCode {
    public static func code(_ index: Int) -> String {
        precondition(index >= 0, "VariantCode: index \(index) is negative")
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        var n = index + 1
        var code = ""
        while n > 0 {
            n -= 1
            code = String(letters[n % 26]) + code
            n /= 26
        }
        return code
    }
}
