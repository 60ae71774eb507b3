import Foundation
import Variants

/// A page as its template lays out every page of one shape (`ViewTree`): the template's output
/// for a view whose every text is a mark, with the marks taken out and their places kept. Filling
/// the places with another view's texts, escaped where the template escaped them, gives that
/// view's page, byte for byte, as swift-mustache would have rendered it.
///
/// Every form of an exam repeats one of a few shapes (the same exercises, other numbers), and
/// filling a skeleton in costs a pass over its bytes instead of the few thousand lookups through
/// swift-mustache that laying the page out takes.
struct PageSkeleton: Sendable {
    /// The page without its texts.
    private let literal: [UInt8]
    /// Where each slot's text goes in `literal`, in order.
    private let places: [Place]

    private struct Place {
        var offset: Int
        var slot: Int
        var escaped: Bool
    }

    /// `U+E000`, the slot's number, `&` and `U+E001`: private-use characters no escaping changes,
    /// and an `&` that HTML escaping turns into `&amp;`, which tells an escaped slot from a raw one.
    static func mark(_ slot: Int) -> String { "\u{E000}\(slot)&\u{E001}" }

    /// The skeleton in `rendered`, a page whose `slots` texts were marks; nil if the template
    /// printed a mark in any other way than whole, with or without HTML escaping.
    init?(_ rendered: String, slots: Int) {
        var literal: [UInt8] = [], places: [Place] = []
        var bytes = Array(rendered.utf8)[...]
        literal.reserveCapacity(bytes.count)
        while let start = bytes.firstIndex(of: 0xEE) {
            literal.append(contentsOf: bytes[..<start])
            bytes = bytes[start...]
            guard bytes.starts(with: Self.open) else {
                literal.append(bytes.removeFirst())
                continue
            }
            bytes = bytes.dropFirst(Self.open.count)
            var slot = 0, digits = 0
            while let digit = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(digit), digits < 9 {
                slot = slot * 10 + Int(digit - UInt8(ascii: "0"))
                digits += 1
                bytes.removeFirst()
            }
            let escaped = bytes.starts(with: Self.escapedAmpersand)
            guard digits > 0, slot < slots, escaped || bytes.first == UInt8(ascii: "&") else { return nil }
            bytes = bytes.dropFirst(escaped ? Self.escapedAmpersand.count : 1)
            guard bytes.starts(with: Self.close) else { return nil }
            bytes = bytes.dropFirst(Self.close.count)
            places.append(Place(offset: literal.count, slot: slot, escaped: escaped))
        }
        literal.append(contentsOf: bytes)
        self.literal = literal
        self.places = places
    }

    /// The page of a view of this shape whose texts, in `ViewTree.taken`'s order, are `texts`.
    func filled(with texts: [String]) -> String {
        var page: [UInt8] = []
        page.reserveCapacity(literal.count + places.reduce(0) { $0 + texts[$1.slot].utf8.count })
        var offset = 0
        for place in places {
            page.append(contentsOf: literal[offset..<place.offset])
            page.append(contentsOf: (place.escaped ? HTMLEscaping.escaped(texts[place.slot]) : texts[place.slot]).utf8)
            offset = place.offset
        }
        page.append(contentsOf: literal[offset...])
        return String(decoding: page, as: UTF8.self)
    }

    private static let open = Array("\u{E000}".utf8), close = Array("\u{E001}".utf8), escapedAmpersand = Array("&amp;".utf8)

    /// Whether pages of `template` (the source of one template of a theme) can be laid out from a
    /// skeleton: not when a tag transforms a text (`{{uppercased(title)}}` would change the mark,
    /// not the text; only `empty`, `count`, `first` and `last`, which a list's length or an
    /// empty text decides, are let through), changes the delimiters (the tags could not be told
    /// apart), or stands indented on its own line (swift-mustache indents after each newline a
    /// text ends with, which a mark has none of), and not when the template holds a mark's start.
    static func fits(template source: String) -> Bool {
        guard !source.contains("\u{E000}") else { return false }
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            let content = line.drop(while: { $0 == " " || $0 == "\t" })
            if content.count < line.count, ["{{>", "{{<", "{{$"].contains(where: content.hasPrefix) { return false }
        }
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            let tag = rest[open.upperBound..<close.lowerBound]
            rest = rest[close.upperBound...]
            guard tag.first != "!" else { continue }
            if tag.first == "=" { return false }
            let transforms = tag.split(separator: "(", omittingEmptySubsequences: false).dropLast()
            for transform in transforms where !shapeTransforms.contains(transform.trimmingCharacters(in: Self.sigils)) { return false }
        }
        return true
    }

    /// The names the tags of `source` look up (every part of `a.b`, what a transform is applied
    /// to) and the templates it includes as partials or parents: a view's other fields cannot
    /// change what the template prints, so its shape need not walk them.
    static func reads(template source: String) -> (names: Set<String>, templates: Set<String>) {
        var names: Set<String> = [], templates: Set<String> = []
        var rest = source[...]
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { break }
            var tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            rest = rest[close.upperBound...]
            guard let sigil = tag.first else { continue }
            switch sigil {
            case "!", "/", "$", "%", "=": continue
            case ">", "<":
                templates.insert(tag.dropFirst().trimmingCharacters(in: .whitespaces))
                continue
            case "#", "^", "&", "{": tag.removeFirst()
            default: break
            }
            for name in tag.split(whereSeparator: { "().{} ".contains($0) }) where name != "." { names.insert(String(name)) }
        }
        return (names, templates)
    }

    /// swift-mustache's transforms whose result a list's length or an empty text decides.
    private static let shapeTransforms: Set<String> = ["empty", "count", "first", "last"]
    private static let sigils = CharacterSet(charactersIn: "#^/&{ \t")
}

/// The skeletons of one course's pages, shared by all the threads that render them; a page's
/// words (`PageView.labels`) are part of its skeleton, so one course's pages share one of these.
final class PageSkeletons: Sendable {
    private let memo = ResultMemo<Key, PageSkeleton?>(limit: 1024)

    private struct Key: Hashable, Sendable {
        var template: String
        var shape: [UInt8]
    }

    /// The skeleton of `template` for pages of `shape`, laid out by `make` the first time; nil if
    /// a page of that shape cannot be laid out from one.
    func skeleton(of template: String, shape: [UInt8], _ make: () -> PageSkeleton?) -> PageSkeleton? {
        memo.value(for: Key(template: template, shape: shape), make)
    }
}
