/// Where each page lives, in one place, so links and files always agree.
enum SitePaths {
    static let home = "index.html"
    static let exams = "exams/index.html"
    static func topic(_ slug: String) -> String { "topics/\(slug).html" }
    static func exercise(_ id: String) -> String { "exercises/\(id).html" }
    static func exam(_ id: String) -> String { "exams/\(id).html" }


    /// The relative way back to the output root from a page: "" or "../" or "../../".
    static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
