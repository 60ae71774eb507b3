import Bank
import Foundation
import Testing
@testable import Variants

/// answers.json put together from entries encoded one variant at a time is, byte for byte, the
/// sheet encoded whole.
@Suite struct AnswerSheetEntryTests {
    /// Every exam of the seed bank: open parts, choices, numbers, cloze blanks, empty lists.
    @Test func entriesJoinIntoTheSheetEncodedWhole() throws {
        let bank = try Support.realBank()
        let maker = try VariantMaker(bank: bank)
        #expect(bank.exams.count >= 3)
        for exam in bank.exams {
            let seed = VariantMaker.seed(of: exam)
            let written = try bank.exercises(of: exam).map { try maker.asWritten($0) }
            let variants = try (0..<3).map { try maker.variant($0, of: exam, seed: seed) }
            let whole = AnswerSheet.json(exam: exam, seed: seed, asWritten: written, variants: variants)
            let head = try AnswerSheet.encoder.encode(AnswerSheet(exam: exam, seed: seed, asWritten: written, variants: []))
            let entries = variants.compactMap(AnswerSheet.entry)
            #expect(entries.count == variants.count)
            // The splice applies (it is not the whole-sheet fallback), and gives the same bytes.
            let joined = try #require(AnswerSheet.joined(head, entries), "\(exam.id): the splice must apply, not fall back")
            #expect(joined == whole, "\(exam.id): \(joined.count) bytes joined, \(whole.count) encoded whole")
            let viaEntries = AnswerSheet.json(exam: exam, seed: seed, asWritten: written, variants: variants, entries: variants.map(AnswerSheet.entry))
            #expect(viaEntries == whole, "\(exam.id): \(viaEntries.count) bytes via entries")
            let decoded = try JSONDecoder().decode(AnswerSheet.self, from: joined)
            #expect(decoded.variants.map(\.code) == ["A", "B", "C"])
        }
    }

    @Test func aSheetWithoutVariantsIsEncodedWhole() throws {
        let bank = try Support.realBank()
        let maker = try VariantMaker(bank: bank)
        let exam = try #require(bank.exams.first { $0.id == "dl-practice-2026" })
        let written = try bank.exercises(of: exam).map { try maker.asWritten($0) }
        let whole = AnswerSheet.json(exam: exam, seed: 1, asWritten: written, variants: [])
        #expect(AnswerSheet.json(exam: exam, seed: 1, asWritten: written, variants: [], entries: []) == whole)
        #expect(whole.last == UInt8(ascii: "\n"))
    }
}
