import Bank
import SiteInspection
import Variants

/// What `sitegen check` does besides the build's own stages: the stress test of the parameters
/// and the read-back of the last build's links.
extension SiteBuilder {
    /// `check --draws N`: the bank loaded, then every parametrized exercise drawn `draws` times.
    public func drawMany(_ draws: Int) throws(DiagnosticError) -> StressTest.BankReport {
        let bank = try load()
        let maker = try VariantMaker(bank: bank)
        let start = ContinuousClock.now
        var report = StressTest(maker: maker).run(bank, draws: draws)
        report.seconds = start.duration(to: .now).seconds
        return report
    }

    /// `check --links`: the site and the private output of the last build, read back.
    /// `names` are the folders as the user gave them, for the messages.
    public func checkLinks(names: (site: String, privateOutput: String) = ("site", "private")) throws(DiagnosticError) -> LinkReport {
        try LinkChecker().check([(options.site, names.site), (options.privateOutput, names.privateOutput)])
    }
}
