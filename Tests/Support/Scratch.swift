import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Scratch folders for tests that hand a URL around (a bank to build, an output to read): each is
/// a new folder inside one folder per test process, which is removed when the process exits.
public enum Scratch {
    /// `sitegen-tests-<pid>` in the system's temporary folder, removed at exit.
    static let parent: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-tests-\(getpid())")
        atexit { try? FileManager.default.removeItem(at: Scratch.parent) }
        return url
    }()

    /// A path for a new folder, not yet created; `prefix` says what it is for in a listing.
    public static func url(_ prefix: String) -> URL {
        parent.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
    }
}
