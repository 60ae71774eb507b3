/// Where each page lives, in one place, so links and files always agree.
public enum SitePaths {
    public static let home = "index.html"
    public static let exams = "exams/index.html"
    public static func topic(_ slug: String) -> String { "topics/\(slug).html" }
    public static func exercise(_ id: String) -> String { "exercises/\(id).html" }
    public static func exam(_ id: String) -> String { "exams/\(id).html" }


    /// The relative way back to the output root from a page: "" or "../" or "../../".
    public static func root(of path: String) -> String {
        String(repeating: "../", count: path.split(separator: "/").count - 1)
    }
}
