import DeepLearning
import SiteInspection
import Testing
import TestSupport
@testable import Figures

@Suite struct CNNStackTests {
    static let spec = """
    kind: cnn
    input: [3, 256, 256]
    layers:
      - conv2d: {filters: 32, kernel: 3, stride: 1, padding: same}
      - activation: relu
      - maxpool2d: {kernel: 3, stride: 2}
      - conv2d: {filters: 16, kernel: 5}
      - flatten: {}
      - dense: {units: 10}
    """

    @Test func shapesAndCountsAreTheEngines() throws {
        let (figure, root) = parsed(Self.spec)
        #expect(figure.warnings.isEmpty)
        let shapes = root.all("text", class: "shape").map(\.text)
        let params = root.all("text", class: "parameters").map(\.text)
        var rng = Xoshiro256StarStar(seed: 7)
        let model = Sequential(Conv2D(3, 32, kernel: 3, stride: 1, padding: 1, rng: &rng), Activation.relu,
                               MaxPool2D(kernel: 3, stride: 2), Conv2D(32, 16, kernel: 5, rng: &rng),
                               Flatten(), Dense(16 * 123 * 123, 10, rng: &rng))
        let engine = model.summary(input: [1, 3, 256, 256])
        #expect(shapes == ["3×256×256"] + engine.map { $0.outputShape.dropFirst().map(String.init).joined(separator: "×") })
        #expect(params == engine.map { CNNStack.grouped($0.parameterCount) })
        #expect(shapes[1] == "32×256×256" && params[0] == "896")
        #expect(shapes[3] == "32×127×127" && params[2] == "0")
        #expect(root.all("text", class: "total").map(\.text) == [CNNStack.grouped(model.parameterCount)])
        #expect(figure.description.hasPrefix("Layer stack, input 3×256×256: conv 3×3, 32 filters, stride 1, padding 1 → 32×256×256 (896 parameters)"))
    }

    @Test func aWindowLargerThanItsInputIsAnErrorAtTheLayer() {
        let spec = """
        kind: cnn
        input: [1, 4, 4]
        layers:
          - maxpool2d: {kernel: 2}
          - conv2d: {filters: 2, kernel: 5}
        """
        let (figure, root) = parsed(spec)
        #expect(figure.warnings.map(\.description) == ["5:34: the 5×5 window does not fit the 2×2 input"])
        #expect(root.all("div", class: "figure-error").count == 1)
    }

    @Test func denseNeedsFlatten() {
        let spec = """
        kind: cnn
        input: [1, 8, 8]
        layers:
          - dense: {units: 10}
        """
        let warning = FigureRenderer().render(spec).warnings.first
        #expect(warning?.line == Marker.line(of: "- dense:", in: spec))
        #expect(warning?.message.contains("add `- flatten: {}` before it") == true)
    }
}
