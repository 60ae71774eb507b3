import CLibXML2
import Foundation

/// The one place that touches libxml2: parses HTML into immutable `HTMLElement` values and frees
/// the C document before returning.
public enum HTMLParser {
    /// Parses a whole HTML document. libxml2's HTML parser is forgiving, like a browser.
    public static func parse(_ html: String) -> HTMLElement {
        parse(html, keepingBlanks: false)
    }

    /// Parses a fragment of a page's body as a browser would, white space kept: the nodes of
    /// `<head>` (where the parser puts `<meta>`, `<base>`, `<style>` …) and of `<body>`, in order.
    public static func parseFragment(_ html: String) -> [HTMLNode] {
        parse("<!DOCTYPE html><html><body>" + html, keepingBlanks: true).elements.flatMap(\.children)
    }

    private static func parse(_ html: String, keepingBlanks: Bool) -> HTMLElement {
        let options = Int32(HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_NONET.rawValue
                            | (keepingBlanks ? 0 : HTML_PARSE_NOBLANKS.rawValue))
        let bytes = Array(html.utf8)
        let document = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                htmlReadMemory($0, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return HTMLElement(name: "html", attributes: [:], children: []) }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { return HTMLElement(name: "html", attributes: [:], children: []) }
        return element(from: root)
    }

    /// Parses a file.
    public static func parse(contentsOf url: URL) throws -> HTMLElement {
        parse(try String(contentsOf: url, encoding: .utf8))
    }

    private static func element(from node: xmlNodePtr) -> HTMLElement {
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = String(cString: current.pointee.name)
            if let value = xmlNodeGetContent(UnsafeMutableRawPointer(current).assumingMemoryBound(to: xmlNode.self)) {
                attributes[name] = String(cString: value)
                sitegen_xml_free(value)
            }
            attribute = current.pointee.next
        }
        var children: [HTMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(from: current)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        return HTMLElement(name: String(cString: node.pointee.name), attributes: attributes, children: children)
    }
}
