/// Where the render stage hands each file as soon as it is made, so that no page is held after
/// it is written: the pipeline's writers stage it on disk, `sitegen check` drops it.
public protocol OutputSink: Sendable {
    func write(_ file: OutputFile) throws
}
