import Foundation
import Testing

/// Golden files, re-recorded on purpose: with `SNAPSHOT_RECORD=1` the expected file is written
/// and the test fails all the same (as swift-argument-parser's `expectSnapshot` does), so that a
/// recording run can never pass green by accident.
public enum Snapshot {
    /// The one environment variable that re-records every golden file.
    public static let recordVariable = "SNAPSHOT_RECORD"

    public static var isRecording: Bool { ProcessInfo.processInfo.environment[recordVariable] == "1" }

    /// Compares `actual` with the bytes of `golden`; records them instead when asked to.
    public static func expect(_ actual: Data, matches golden: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: golden)
                Issue.record("recorded \(golden.lastPathComponent); review the diff and run again without \(recordVariable)=1",
                             sourceLocation: sourceLocation)
            } catch {
                Issue.record("could not record \(golden.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = FileManager.default.contents(atPath: golden.path) else {
            Issue.record("no golden file \(golden.path); record it with \(recordVariable)=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "\(golden.lastPathComponent) differs; if on purpose, re-record with \(recordVariable)=1 and review the diff",
                sourceLocation: sourceLocation)
    }

    public static func expect(_ actual: String, matches golden: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        expect(Data(actual.utf8), matches: golden, sourceLocation: sourceLocation)
    }
}
