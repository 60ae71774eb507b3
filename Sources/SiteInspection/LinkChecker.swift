import Diagnostics
import Foundation

/// One problem found by `LinkChecker`, printed as `site/path.html: error: broken link to …`.
public struct LinkProblem: Sendable, Hashable, CustomStringConvertible {
    /// The file as the user names it, e.g. `site/exams/index.html`.
    public var file: String
    public var message: String

    public var description: String { diagnostic.description }

    /// The problem as the one renderer prints it.
    public var diagnostic: Diagnostic { Diagnostic(.error, stage: .inspect, at: SourceLocation(file: file), message) }
}

/// Checks a built output folder: every internal link and `#fragment` (the id exists), every asset
/// reference (stylesheets, fonts, images, scripts), that no page or stylesheet loads anything
/// from another host, and that no page has event handlers or script URLs (`ActiveContent`).
/// Links to other hosts from `<a href>` are allowed and not followed.
public struct LinkChecker: Sendable {
    public init() {}

    /// Checks every `.html` and `.css` file below `root`; `display` names the folder in messages
    /// (`site`, `private`).
    public func check(_ root: URL, display: String) -> [LinkProblem] {
        let root = root.standardizedFileURL.resolvingSymlinksInPath()
        let paths = ((try? FileManager.default.subpathsOfDirectory(atPath: root.path)) ?? []).sorted()
        var pages: [String: HTMLElement] = [:]
        for path in paths where path.hasSuffix(".html") {
            if let page = try? HTMLParser.parse(contentsOf: root.appendingPathComponent(path)) { pages[path] = page }
        }
        var idCache: [String: Set<String>] = [:]
        func ids(of path: String) -> Set<String> {
            if let cached = idCache[path] { return cached }
            let page = pages[path] ?? (try? HTMLParser.parse(contentsOf: root.appendingPathComponent(path)))
            let found = Set((page.map { [$0] + $0.descendants } ?? []).flatMap { element in
                [element["id"], element.name == "a" ? element["name"] : nil].compactMap { $0 }
            })
            idCache[path] = found
            return found
        }

        var problems: [LinkProblem] = []
        for path in paths {
            let report = { (message: String) in problems.append(LinkProblem(file: "\(display)/\(path)", message: message)) }
            if let page = pages[path] {
                for element in [page] + page.descendants {
                    ActiveContent.problems(in: element).forEach(report)
                    for (attribute, kind) in Self.references(of: element) {
                        guard let value = element[attribute]?.trimmingCharacters(in: .whitespaces) else { continue }
                        check(value, kind: kind, from: path, root: root, ids: ids, report: report)
                    }
                }
            } else if path.hasSuffix(".css"), let css = try? String(contentsOf: root.appendingPathComponent(path), encoding: .utf8) {
                for reference in Self.cssReferences(in: css) {
                    check(reference, kind: .asset, from: path, root: root, ids: ids, report: report)
                }
            }
        }
        return problems
    }

    enum Kind { case link, asset }

    /// The attributes of an element that point somewhere, and whether they load an asset.
    static func references(of element: HTMLElement) -> [(String, Kind)] {
        switch element.name {
        case "a", "area": [("href", .link)]
        case "link": [("href", .asset)]
        case "script", "img", "iframe", "embed", "audio", "video", "source", "track", "input": [("src", .asset)]
        case "object": [("data", .asset)]
        case "use", "image": [("href", .asset), ("xlink:href", .asset)]
        default: []
        }
    }

    /// `url(…)` and `@import "…"` references in a stylesheet, without `data:` URLs.
    static func cssReferences(in css: String) -> [String] {
        var found: [String] = []
        let patterns = [#"url\(\s*['"]?([^'")]+)['"]?\s*\)"#, #"@import\s+['"]([^'"]+)['"]"#]
        for pattern in patterns {
            guard let regex = try? NSRegularExpression(pattern: pattern) else { continue }
            let text = css as NSString
            for match in regex.matches(in: css, range: NSRange(location: 0, length: text.length)) {
                found.append(text.substring(with: match.range(at: 1)))
            }
        }
        return found.filter { !$0.hasPrefix("data:") }
    }

    private func check(_ value: String, kind: Kind, from path: String, root: URL,
                       ids: (String) -> Set<String>, report: (String) -> Void) {
        let lower = value.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") || lower.hasPrefix("//") {
            if kind == .asset { report("references another host: \(value)") }
            return
        }
        if lower.hasPrefix("mailto:") || lower.hasPrefix("tel:") || lower.hasPrefix("data:") { return }
        if let colon = lower.firstIndex(of: ":"), !lower[..<colon].contains("/"), !lower[..<colon].contains("#") {
            report("unsupported link scheme: \(value)")
            return
        }
        if value.hasPrefix("/") {
            report("absolute path \(value) breaks when the site is opened from disk or a subfolder; use a relative link")
            return
        }
        let withoutQuery = value.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let pieces = withoutQuery.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
        let target = String(pieces[0]).removingPercentEncoding ?? String(pieces[0])
        let fragment = pieces.count > 1 ? (String(pieces[1]).removingPercentEncoding ?? String(pieces[1])) : nil
        let what = kind == .asset ? "missing asset" : "broken link to"

        let targetPath: String
        if target.isEmpty {
            targetPath = path
        } else {
            let base = root.appendingPathComponent(path).deletingLastPathComponent()
            let resolved = base.appendingPathComponent(target).standardizedFileURL.path
            guard resolved == root.path || resolved.hasPrefix(root.path + "/") else {
                report("\(what) \(value) (outside the output folder)")
                return
            }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: resolved, isDirectory: &isFolder) else {
                report("\(what) \(value)")
                return
            }
            var relative = String(resolved.dropFirst(root.path.count)).trimmingCharacters(in: CharacterSet(charactersIn: "/"))
            if isFolder.boolValue {
                relative += relative.isEmpty ? "index.html" : "/index.html"
                guard FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path) else {
                    report("\(what) \(value) (a folder without index.html)")
                    return
                }
            }
            targetPath = relative
        }
        if let fragment, !fragment.isEmpty, targetPath.hasSuffix(".html"), !ids(targetPath).contains(fragment) {
            report("broken link to \(value) (no id `\(fragment)` in \(targetPath))")
        }
    }
}
