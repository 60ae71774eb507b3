import CLibXML2
import Foundation

/// An XML Schema, read once with libxml2's xmlschemas, that validates documents: the one place
/// that touches libxml2's schema API. Every C object is freed before a call returns or when the
/// schema is released.
public final class XMLSchema: @unchecked Sendable {
    // Safe: libxml2 only reads a parsed schema; each validation has its own context, and `lock`
    // serializes them anyway.
    private let schema: xmlSchemaPtr
    private let lock = NSLock()

    /// Reads the schema at `url`, with the schemas it imports by relative location; nil, with
    /// libxml2's messages, when it does not read.
    public init(contentsOf url: URL) throws {
        let messages = SchemaMessages()
        guard let parser = xmlSchemaNewParserCtxt(url.path) else { throw SchemaError(messages: ["cannot open \(url.path)"]) }
        defer { xmlSchemaFreeParserCtxt(parser) }
        xmlSchemaSetParserStructuredErrors(parser, { context, error in
            guard let context, let error else { return }
            SchemaMessages.in(context).add(error.pointee)
        }, Unmanaged.passUnretained(messages).toOpaque())
        guard let schema = withExtendedLifetime(messages, { xmlSchemaParse(parser) }) else {
            throw SchemaError(messages: messages.lines.filter { !$0.hasPrefix("warning") })
        }
        self.schema = schema
    }

    deinit { xmlSchemaFree(schema) }

    /// The problems of `document` against the schema, as `line N: message`; empty when it is valid.
    public func validate(_ document: Data) -> [String] {
        lock.withLock {
            let messages = SchemaMessages()
            let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
            let bytes = [UInt8](document)
            let parsed = bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    xmlReadMemory($0, Int32(buffer.count), "document.xml", "UTF-8", options)
                }
            }
            guard let parsed else { return ["the document is not well-formed XML"] }
            defer { xmlFreeDoc(parsed) }
            guard let context = xmlSchemaNewValidCtxt(schema) else { return ["cannot make a validation context"] }
            defer { xmlSchemaFreeValidCtxt(context) }
            xmlSchemaSetValidStructuredErrors(context, { context, error in
                guard let context, let error else { return }
                SchemaMessages.in(context).add(error.pointee)
            }, Unmanaged.passUnretained(messages).toOpaque())
            let result = withExtendedLifetime(messages) { xmlSchemaValidateDoc(context, parsed) }
            if result != 0 && messages.lines.isEmpty { return ["invalid (libxml2 status \(result))"] }
            return messages.lines.filter { !$0.hasPrefix("warning") }
        }
    }

    public struct SchemaError: Error, CustomStringConvertible {
        public var messages: [String]
        public var description: String { "the schema does not read: " + messages.joined(separator: "; ") }
    }
}

/// What libxml2 said, collected by the error callbacks as `line N: message`.
private final class SchemaMessages {
    var lines: [String] = []

    /// The messages a callback's context points to.
    static func `in`(_ context: UnsafeMutableRawPointer) -> SchemaMessages {
        Unmanaged<SchemaMessages>.fromOpaque(context).takeUnretainedValue()
    }

    func add(_ error: xmlError) {
        let text = error.message.map { String(cString: $0) }?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "unknown error"
        lines.append((error.level == XML_ERR_WARNING ? "warning: " : "") + "line \(error.line): \(text)")
    }
}
