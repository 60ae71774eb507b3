/// Variant codes as printed on the exams: A … Z, then AA … ZZ.
public enum VariantCode {
    public static func code(_ index: Int) -> String {
        let letters = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return index < 26 ? String(letters[index]) : String(letters[index / 26 - 1]) + String(letters[index % 26])
    }
}
