import SiteInspection
import Testing
@testable import Figures

@Suite struct NetworkDiagramTests {
    static let spec = """
    kind: network
    caption: Two MLPs with linear activations
    networks:
      - name: Network A
        layers: [100, 100]
      - name: Network B
        layers: [100, 10, 100]
    """

    @Test func boxesLabelsAndArrowsMatchTheSpec() throws {
        let (figure, root) = parsed(Self.spec)
        #expect(figure.warnings.isEmpty)
        let networks = root.all("g", class: "network")
        #expect(networks.map { $0["aria-label"] } == ["Network A", "Network B"])
        let b = networks[1]
        #expect(b.all("rect", class: "layer").count == 3)
        #expect(b.all("text", class: "layer-label").map(\.text) == ["100 units", "10 units", "100 units"])
        #expect(b.all("g", class: "arrow").count == 2)
        #expect(networks[0].all("g", class: "arrow").count == 1)
        #expect(b.all("text", class: "network-name").map(\.text) == ["Network B"])
        #expect(root.all("figcaption").map(\.text) == ["Two MLPs with linear activations"])
    }

    @Test func textAlternativeComesFromTheSpec() throws {
        let (figure, root) = parsed(Self.spec)
        let alternative = "Network A: 100 units → 100 units; Network B: 100 units → 10 units → 100 units"
        #expect(figure.description == alternative)
        let svg = try #require(root.all("svg").first)
        #expect(svg["role"] == "img")
        #expect(svg["aria-label"] == alternative)
        #expect(svg.all("title").map(\.text) == [alternative])
    }

    @Test func aChangedParameterChangesTheFigure() {
        let changed = Self.spec.replacingOccurrences(of: "[100, 10, 100]", with: "[100, 20, 100]")
        let (figure, root) = parsed(changed)
        #expect(figure.description.contains("100 units → 20 units → 100 units"))
        #expect(root.all("text", class: "layer-label").map(\.text).contains("20 units"))
        #expect(figure.html != FigureRenderer().render(Self.spec).html)
    }

    @Test func sameSpecSameBytesAndNoFloatNoise() {
        let first = FigureRenderer().render(Self.spec).html
        #expect(first == FigureRenderer().render(Self.spec).html)
        // Every number in an attribute has at most two decimals.
        let long = try! Regex(#"\d+\.\d{3,}"#)
        #expect(first.firstMatch(of: long) == nil)
        #expect(!first.contains("<script"))
        #expect(first.contains("currentColor"))
    }
}
