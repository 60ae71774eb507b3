import Bank

/// Stage 3, compute: what the build derives from the bank before rendering — for now the grading
/// table of every exam, checked against its declared total.
public struct ComputedBank: Sendable {
    public var bank: Bank
    public var gradingTables: [String: GradingTable]

    public init(_ bank: Bank) {
        self.bank = bank
        gradingTables = Dictionary(uniqueKeysWithValues: bank.exams.map { ($0.id, GradingTable(exercises: bank.exercises(of: $0))) })
    }
}
