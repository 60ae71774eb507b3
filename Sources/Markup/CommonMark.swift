import CCmarkGFM
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The one place that touches cmark-gfm's C API: GitHub-flavoured Markdown in, HTML out.
/// Every C object is freed before returning; nothing else in the package sees a C pointer.
enum CommonMark {
    /// The extensions a bank author may use.
    static let extensions = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]

    /// cmark-gfm keeps the characters extensions react to (`~`, `|`) in one process-wide table and
    /// switches them on and off around each parse, so two parses at once can lose a `~~…~~`:
    /// parsing takes turns (about 50 µs a page); rendering the tree to HTML runs in parallel.
    private static let parsing = NSLock()

    /// Without `rawHTML`, cmark-gfm's safe mode: the author's HTML becomes `<!-- raw HTML omitted -->`
    /// and `javascript:`, `vbscript:`, `file:` and non-image `data:` links lose their URL. With it,
    /// the HTML passes (the GFM tag filter still disarms `<script>`, `<iframe>` …) for
    /// `RawHTMLFilter` to cut down.
    static func html(from markdown: String, rawHTML: Bool = false) -> String {
        cmark_gfm_core_extensions_ensure_registered()
        let options = (rawHTML ? CMARK_OPT_UNSAFE : 0) | CMARK_OPT_FOOTNOTES | CMARK_OPT_SMART | CMARK_OPT_GITHUB_PRE_LANG
        guard let parser = cmark_parser_new(options) else { return "" }
        defer { cmark_parser_free(parser) }
        for name in extensions {
            if let extensionPointer = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, extensionPointer)
            }
        }
        var markdown = markdown
        let document = parsing.withLock {
            markdown.withUTF8 { buffer in
                buffer.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
            }
            return cmark_parser_finish(parser)
        }
        guard let document else { return "" }
        defer { cmark_node_free(document) }
        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else { return "" }
        defer { free(rendered) }
        return String(cString: rendered)
    }
}
