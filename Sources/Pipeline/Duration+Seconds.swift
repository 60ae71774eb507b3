extension Duration {
    /// The duration in seconds, as a `Double`: the one conversion every timing uses.
    public var seconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}
