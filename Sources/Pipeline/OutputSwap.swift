import Foundation

/// Puts freshly written site and private folders in place of the old ones so that, wherever a
/// build is killed, the next build finds either both old or both new folders: the swap is
/// written to a journal before its first rename and finished by `repair()` when the journal is
/// still there. The site is staged beside its folder; the private output inside its own folder
/// (`private/.sitegen-new`), never next to the site.
struct OutputSwap {
    var site: URL
    var privateOutput: URL

    /// Records the swap under way, beside the site folder.
    var journal: URL { Self.sibling(of: site, "swap") }
    var siteNew: URL { Self.sibling(of: site, "new") }
    var siteOld: URL { Self.sibling(of: site, "old") }
    var privateNew: URL { privateOutput.appendingPathComponent(".sitegen-new") }
    var privateOld: URL { Self.sibling(of: privateOutput, "old") }

    static func sibling(of folder: URL, _ role: String) -> URL {
        folder.deletingLastPathComponent().appendingPathComponent(".\(folder.lastPathComponent).sitegen-\(role)")
    }

    struct Journal: Codable { var site: String; var privateOutput: String }

    /// The swap, step by step, each a rename or a removal; `repair()` can finish it from the end
    /// of any step.
    var steps: [(name: String, run: () throws -> Void)] {
        let manager = FileManager.default
        return [
            ("journal", { try JSONEncoder().encode(Journal(site: site.path, privateOutput: privateOutput.path)).write(to: journal, options: .atomic) }),
            ("site aside", { if manager.fileExists(atPath: site.path) { try manager.moveItem(at: site, to: siteOld) } }),
            ("site in", { try manager.moveItem(at: siteNew, to: site) }),
            ("private aside", { try manager.moveItem(at: privateOutput, to: privateOld) }),
            ("private in", { try manager.moveItem(at: privateOld.appendingPathComponent(".sitegen-new"), to: privateOutput) }),
            ("clean up", { try? manager.removeItem(at: siteOld); try? manager.removeItem(at: privateOld) }),
            ("done", { try manager.removeItem(at: journal) }),
        ]
    }

    func perform() throws {
        for step in steps { try step.run() }
    }

    /// Before a build: finishes a swap a killed build left half done (its journal is there), or
    /// removes what a build killed while staging left behind (the old folders are intact).
    static func repair(site: URL, privateOutput: URL) throws {
        let manager = FileManager.default
        var swap = OutputSwap(site: site, privateOutput: privateOutput)
        guard let data = manager.contents(atPath: swap.journal.path) else {
            try? manager.removeItem(at: swap.siteNew)
            try? manager.removeItem(at: swap.privateNew)
            try? manager.removeItem(at: swap.siteOld)
            try? manager.removeItem(at: swap.privateOld)
            return
        }
        let journal = try JSONDecoder().decode(Journal.self, from: data)
        swap = OutputSwap(site: URL(fileURLWithPath: journal.site), privateOutput: URL(fileURLWithPath: journal.privateOutput))
        if manager.fileExists(atPath: swap.siteNew.path) {
            if manager.fileExists(atPath: swap.site.path) {
                try? manager.removeItem(at: swap.siteOld)
                try manager.moveItem(at: swap.site, to: swap.siteOld)
            }
            try manager.moveItem(at: swap.siteNew, to: swap.site)
        }
        let movedAside = swap.privateOld.appendingPathComponent(".sitegen-new")
        if manager.fileExists(atPath: swap.privateNew.path) {
            try? manager.removeItem(at: swap.privateOld)
            try manager.moveItem(at: swap.privateOutput, to: swap.privateOld)
        }
        if manager.fileExists(atPath: movedAside.path) {
            try manager.moveItem(at: movedAside, to: swap.privateOutput)
        }
        try? manager.removeItem(at: swap.siteOld)
        try? manager.removeItem(at: swap.privateOld)
        try manager.removeItem(at: swap.journal)
    }
}
