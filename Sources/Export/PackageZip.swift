import Foundation
import ZIPFoundation

/// A zip whose bytes depend only on its files: entries in the order given, every one dated
/// 1980-01-01 00:00 (the first date a zip can carry), permissions 0644, deflated.
enum PackageZip {
    static let date = Date(timeIntervalSince1970: 315_532_800)

    static func data(_ files: [(path: String, contents: Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, contents) in files {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(contents.count), modificationDate: date,
                                 permissions: 0o644, compressionMethod: .deflate) { position, size in
                contents.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }
}
