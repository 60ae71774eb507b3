import Bank
import Foundation

/// `answers.json` put together from its variants' entries, each written on whichever core made
/// the variant (by `PrettyJSON`, not the encoder), instead of the whole sheet encoded on one core
/// after all variants are made. The bytes are those of encoding the whole sheet at once: `variants`
/// sorts last, and an entry is written at its depth in the sheet.
extension AnswerSheet {
    /// One variant as `answers.json` lists it, indented to its depth there (inside the top object
    /// and the `variants` array); nil if it cannot be encoded (the sheet is then encoded whole, as
    /// `json(exam:seed:asWritten:variants:)` does).
    public static func entry(_ variant: ExamVariant) -> [UInt8]? {
        Variant(variant).prettyJSON(depth: 2)
    }

    /// The sheet of `variants`, whose `entries` (by `entry`, in the same order) are already encoded.
    public static func json(exam: ExamSpec, seed: UInt64, asWritten: [ExerciseVariant], variants: [ExamVariant],
                            entries: [[UInt8]?]) -> Data {
        let parts = entries.compactMap { $0 }
        guard !parts.isEmpty, parts.count == variants.count,
              let head = try? encoder.encode(AnswerSheet(exam: exam, seed: seed, asWritten: asWritten, variants: [])),
              let sheet = joined(head, parts) else {
            return json(exam: exam, seed: seed, asWritten: asWritten, variants: variants)
        }
        return sheet
    }

    /// The encoded sheet without variants (`head`) with `entries` as its variants, or nil if the
    /// head does not end in the empty `"variants"` array and the closing brace, as this splice expects.
    static func joined(_ head: Data, _ entries: [[UInt8]]) -> Data? {
        let bytes = [UInt8](head), key = Array(#""variants" : "#.utf8), emptyTail = Array("[\n\n  ]\n}".utf8)
        guard bytes.count >= key.count + emptyTail.count, bytes.suffix(emptyTail.count).elementsEqual(emptyTail),
              bytes.dropLast(emptyTail.count).suffix(key.count).elementsEqual(key) else { return nil }
        var sheet = Array(bytes.dropLast(emptyTail.count))
        sheet.reserveCapacity(sheet.count + entries.reduce(0) { $0 + $1.count + 2 } + 8)
        sheet.append(contentsOf: "[\n".utf8)
        for (index, entry) in entries.enumerated() {
            if index > 0 { sheet.append(contentsOf: ",\n".utf8) }
            sheet.append(contentsOf: entry)
        }
        sheet.append(contentsOf: "\n  ]\n}\n".utf8)
        return Data(sheet)
    }
}

extension AnswerSheet.Variant {
    init(_ variant: ExamVariant) {
        self.init(code: variant.code, fingerprint: variant.fingerprint, points: variant.points.value,
                  parts: AnswerSheet.items(variant.exercises))
    }
}
