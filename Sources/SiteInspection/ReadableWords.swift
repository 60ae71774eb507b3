/// What a reader of a page sees or hears, for checking its language: tests look for words of
/// another language in it.
extension HTMLElement {
    /// The text (not the CSS of `<style>` nor scripts), with the words of attributes a reader meets:
    /// `aria-label`, `alt`, `title`, `placeholder`, and the `data-label-*` words scripts show.
    public var readableText: String {
        guard name != "style", name != "script" else { return "" }
        let attributes = attributes.filter { ["aria-label", "alt", "title", "placeholder"].contains($0.key) || $0.key.hasPrefix("data-label-") }
        return (attributes.map(\.value) + children.map { node in
            switch node {
            case .text(let text): text
            case .element(let child): child.readableText
            }
        }).joined(separator: "\n")
    }
}

extension String {
    /// Whether `word` stands in the text as a word: no letter right before or after it.
    public func containsWord(_ word: String) -> Bool {
        var rest = self[...]
        while let range = rest.range(of: word) {
            let before = range.lowerBound == startIndex ? nil : self[index(before: range.lowerBound)]
            let after = range.upperBound == endIndex ? nil : self[range.upperBound]
            if !(before?.isLetter ?? false), !(after?.isLetter ?? false) { return true }
            rest = self[range.upperBound...]
        }
        return false
    }
}
