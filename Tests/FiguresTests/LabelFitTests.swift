import Foundation
import SiteInspection
import Testing
@testable import Figures

/// Labels measured with the page font's advance widths, as the browser sets them: every label
/// fits inside its node with room to spare, and variables are italic as in the text's math.
@Suite struct LabelFitTests {
    /// Room left between a label and its node's outline on each side, in user units.
    static let margin = 4.0

    /// The width of a `<text>` element as drawn: its runs in Latin Modern, scripts at their size.
    func measured(_ text: HTMLElement) -> Double {
        let size = Double(text["font-size"] ?? "") ?? 0
        return text.children.reduce(0) { total, child in
            switch child {
            case .text(let run):
                return total + FontMetrics.width(of: run) * size
            case .element(let span):
                let scale = span["font-size"] == "70%" ? 0.7 : 1
                return total + FontMetrics.width(of: span.text, italic: span["font-style"] == "italic") * size * scale
            }
        }
    }

    func number(_ element: HTMLElement, _ attribute: String) -> Double { Double(element[attribute] ?? "") ?? 0 }

    @Test func operationAndVariableLabelsFitTheirNodes() throws {
        let (figure, root) = parsed("""
        kind: graph
        nodes:
          - x
          - {id: W1, label: W_1}
          - {id: z, label: z, op: "+"}
          - {id: h, label: h, op: ReLU}
          - {id: s, label: s, op: tanh}
          - {id: y, label: ŷ, op: "×"}
          - {id: L, label: Loss, output: true}
        edges: [x -> z, W1 -> z, z -> h, h -> s, s -> y, y -> L]
        """)
        #expect(figure.warnings.isEmpty)
        let operations = root.all("g", class: "operation")
        #expect(operations.count == 4)
        for node in operations {
            let ellipse = try #require(node.all("ellipse").first)
            let symbol = try #require(node.all("text").first { !$0.hasClass("node-label") })
            #expect(measured(symbol) + 2 * Self.margin <= 2 * number(ellipse, "rx"), "\(symbol.text) overflows its node")
        }
        for node in root.all("g", class: "variable") {
            let box = try #require(node.all("rect").first)
            let label = try #require(node.all("text").first)
            #expect(measured(label) + 2 * Self.margin <= number(box, "width"), "\(label.text) overflows its box")
        }
    }

    @Test func layerLabelsFitTheirBoxes() throws {
        let (_, root) = parsed("""
        kind: network
        unit: feature maps
        networks:
          - name: Narrow
            layers: [1, 2, 100000]
        """)
        let boxes = root.all("rect", class: "layer"), labels = root.all("text", class: "layer-label")
        #expect(boxes.count == 3 && labels.count == 3)
        for (box, label) in zip(boxes, labels) {
            #expect(measured(label) + 2 * Self.margin <= number(box, "width"), "\(label.text) overflows its box")
        }
    }

    /// The figure words of a shipped language file (each `figure…` line is `key: "text"`).
    static func words(_ language: String) throws -> FigureWords {
        let file = repository.appendingPathComponent("Templates/languages/\(language).yml")
        var words: [String: String] = [:]
        for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") where line.hasPrefix("figure") {
            let colon = try #require(line.firstIndex(of: ":"))
            words[String(line[..<colon])] = try JSONDecoder().decode(String.self, from: Data(line[line.index(colon, offsetBy: 2)...].utf8))
        }
        #expect(words.count == FigureWords.keys.count, "\(language): \(words.count) figure words")
        return FigureWords(words)
    }

    /// Dutch, German and French say more than "conv 3×3, 32 filters, stride 1": the layer boxes
    /// grow to hold it, and the columns beside them move over.
    @Test(arguments: ["nl", "de", "fr"])
    func aLanguagesLongerLayerWordsFitTheirBoxes(_ language: String) throws {
        let words = try Self.words(language)
        let specs = ["""
            kind: cnn
            input: [3, 64, 64]
            layers:
              - conv2d: {filters: 32, kernel: 3, stride: 1, padding: 1, dilation: 2}
              - avgpool2d: {kernel: 3, stride: 1, padding: 1}
              - flatten: {}
              - dense: {units: 100}
            """, """
            kind: network
            networks:
              - name: Smal
                layers: [1, 2, 100000]
            """]
        for spec in specs {
            let figure = FigureRenderer(words: words).render(spec)
            #expect(figure.warnings.isEmpty)
            let root = HTMLParser.parse("<!DOCTYPE html><html><body>\(figure.html)</body></html>")
            let boxes = root.all("rect", class: "layer"), labels = root.all("text", class: "layer-label")
            #expect(boxes.count == labels.count && !boxes.isEmpty)
            for (box, label) in zip(boxes, labels) {
                #expect(measured(label) + 2 * Self.margin <= number(box, "width"), "\(language): \(label.text) overflows its box")
            }
            if let shape = root.all("text", class: "shape").first, let box = boxes.first {
                #expect(number(shape, "x") > number(box, "x") + number(box, "width"), "\(language): the shape column starts right of the boxes")
            }
        }
    }

    @Test func timeStepsAreItalicLikeTheTextsMath() throws {
        let (_, root) = parsed("""
        kind: rnn
        layout: unrolled
        steps: [t-1, t, t+1]
        """)
        let hidden = root.all("g", class: "hidden")
        #expect(hidden.count == 3)
        for unit in hidden {
            let label = try #require(unit.all("text").first)
            let circle = try #require(unit.all("ellipse").first)
            let italic = label.all("tspan").filter { $0["font-style"] == "italic" }.map(\.text)
            #expect(italic == ["h", "t"], "\(label.text): variables should be italic")
            #expect(label.all("tspan").allSatisfy { $0.text.count == 1 || $0["font-style"] == nil })
            #expect(measured(label) + 2 * Self.margin <= 2 * number(circle, "rx"), "\(label.text) overflows its unit")
        }
        #expect(hidden[0].all("tspan").map(\.text).joined() == "h(t−1)", "a hyphen in a script is a minus sign")
    }

    @Test func wordsStayUpright() {
        let label = Label("ReLU")
        #expect(label.runs.map(\.italic) == [false])
        #expect(Label("x_1").runs.map(\.italic) == [true, false])
        #expect(Label("h^{(t)}").runs.map(\.text) == ["h", "(", "t", ")"])
    }
}
