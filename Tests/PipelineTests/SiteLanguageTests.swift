import Foundation
import Bank
import Grading
import Pipeline
import Render
import SiteInspection
import Testing
import TestSupport

/// A Dutch (German, French) course builds with its own words everywhere: on every page of the public
/// site (navigation, headings, counts, search, practice variants, withheld exercises), on every exam
/// document and on the instructor's private index. The English words looked for are the theme's
/// own `languages/en.yml`, so a word added there and left in a template shows up here.
@Suite struct SiteLanguageTests {
    static func course(_ language: String) -> String { """
        title: Diep leren
        code: "201800177"
        language: \(language)
        institution: Universiteit Twente
        topics:
          - {slug: t, title: Netwerken}
          - {slug: leeg, title: Leeg onderwerp}

        """
    }

    static func bank(_ language: String = "nl") throws -> URL {
        try InlineBank.write([
            "course.yml": course(language),
            "exercises/een.md": """
                ---
                id: een
                title: Terugpropagatie
                topic: t
                tags: [gradiënt]
                source: Tentamen 2019
                visibility: public
                solutions: public
                ---

                ## (a) [2 punten]

                Leid $dL/dw$ af voor een neuron met één ingang.

                ### Answer

                Vermenigvuldig de afgeleiden langs het pad.

                ### Rubric

                - [2 punten] alle factoren van het pad

                ## (b) [1 punt]

                Welke functie is niet lineair?

                ### Choose one

                - [x] ReLU
                - [ ] identiteit

                ## (c) [1 punt]

                De ReLU is lineair.

                ### True or false

                false

                """,
            "exercises/stap.md": """
                ---
                id: stap
                title: Een stap gradiëntdaling
                topic: t
                visibility: public
                solutions: public
                parameters:
                  a: {integer: [1, 9], default: 3}
                derived:
                  g: 6 * a
                ---

                ## (a) [1 punt]

                Hoe groot is $f'(a)$ als $f(x) = 3x^2$ en $a = [[a]]$?

                ### Answer

                $f'(a) = 6a = [[g]]$.

                ### Rubric

                - [1 punt] $[[g]]$

                """,
            "exercises/figuren.md": """
                ---
                id: figuren
                title: Figuren
                topic: t
                visibility: public
                solutions: public
                ---

                Een netwerk, een stapel lagen, een rekengraaf en een recurrent netwerk.

                ```figure
                kind: network
                networks:
                  - name: Klein
                    layers: [1, 3, 2]
                ```

                ```figure
                kind: cnn
                input: [3, 8, 8]
                layers:
                  - conv2d: {filters: 1, kernel: 3, padding: 1, dilation: 1}
                  - conv2d: {filters: 4, kernel: 3, stride: 1, padding: 2, dilation: 2}
                  - maxpool2d: {kernel: 2}
                  - avgpool2d: {kernel: 3, stride: 1, padding: 1}
                  - flatten: {}
                  - dense: {units: 1}
                  - activation: logistic
                ```

                ```figure
                kind: activation_plot
                functions: [logistic, hard_threshold, leaky_relu]
                samples: 21
                ```

                ```figure
                kind: graph
                nodes: [x, w, {id: z, label: z, op: "×"}, {id: L, label: L, op: "+", output: true}, b]
                edges: [x -> z, w -> z, z -> L, b -> L]
                ```

                ```figure
                kind: rnn
                weights: {input: U, recurrent: W, output: V}
                hidden_activation: tanh
                ```

                ```figure
                kind: rnn
                layout: unrolled
                inputs: first
                outputs: last
                weights: {input: U, recurrent: W, output: V}
                ```

                ```figure
                kind: rnn
                layout: unrolled
                weights: {input: U, recurrent: W, output: V}
                ```

                ## (a) [1 punt]

                Hoeveel gewichten heeft de stapel?

                ### Answer

                Zie de figuur.

                ### Rubric

                - [1 punt] het aantal

                """,
            "exercises/geheim.md": InlineBank.exercise(id: "geheim", title: "Geheim", visibility: "private", solutions: "private",
                                                       question: "Waarom?", answer: "Daarom.", rubric: "reden"),
            "exams/tentamen.yml": """
                title: Herkansing diep leren
                course: "201800177"
                date: 2019-04-16
                released: true
                time: "13:45-15:45"
                cover: {institution: true, room: true, seat: true, pages: true, signature: true, integrity: true}
                variants: 2
                roster: studenten.csv
                scale:
                  linear: {lowest: 1, highest: 10, pass: 5.5, pass_at: 60%, round: 0.1}
                exercises:
                  - id: een
                    space: auto
                  - id: geheim
                  - id: figuren

                """,
            "exams/studenten.csv": "number,name\ns1,Anna de Vries\ns2,Bram Jansen\n",
        ])
    }

    /// The texts of `en.yml` a page in `language` must not show: every one that its language file
    /// words differently, cut at its `{placeholders}`, each piece of at least three letters that
    /// is not a word of the language's own texts too ("variant" is Dutch, "Max" German).
    static func englishWords(unlike language: String) throws -> [String] {
        let theme = try Theme(folder: TestBuild.repository.appendingPathComponent("Templates"))
        let english = try #require(theme.languages["en"]), other = try #require(theme.languages[language])
        var words: Set<String> = []
        for (key, text) in english.words where other.words[key] != text && key != "dateFormat" {
            let pieces = text.split(separator: "{").map { piece in
                piece.firstIndex(of: "}").map { String(piece[piece.index(after: $0)...]) } ?? String(piece)
            }
            for piece in pieces {
                let word = piece.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters).union(CharacterSet(charactersIn: "“”„«» ")))
                if word.filter(\.isLetter).count >= 3, !other.words.values.contains(where: { $0.containsWord(word) }) { words.insert(word) }
            }
        }
        return words.sorted()
    }

    static func pages(below folder: URL) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".html") }.sorted()
    }

    @Test(arguments: ["nl", "de", "fr"])
    func aCourseInAnotherLanguageHasNoEnglishWordOnAnyPage(_ language: String) async throws {
        let build = try TestBuild(bank: try Self.bank(language))
        try await build.run()
        let english = try Self.englishWords(unlike: language)
        #expect(english.contains("Past exams") && english.contains("exercises") && english.contains("Nothing found for")
                && english.contains("private output") && english.contains("student copy"), "the English words come from en.yml: \(english)")
        let site = Self.pages(below: build.options.site)
        #expect(Set(["index.html", "search.html", "exams/index.html", "exams/tentamen.html", "topics/t.html",
                     "topics/leeg.html", "exercises/een.html", "exercises/stap.html", "exercises/figuren.html"]).isSubset(of: site), "\(site)")
        let documents = Self.pages(below: build.options.privateOutput)
        #expect(Set(["index.html", "exams/tentamen/student.html", "exams/tentamen/key.html", "exams/tentamen/key-compact.html",
                     "exams/tentamen/variants/B/key-compact.html", "exams/tentamen/students/s2/student.html"]).isSubset(of: documents),
                "\(documents)")
        // Every kind of figure with words (network, layer stack, activation plot, computation graph,
        // folded and unrolled RNN) is on the site and on the printed exam.
        #expect(try build.html("exercises/figuren.html", in: build.options.site).all("svg").count == 7)
        #expect(try build.privateHTML("exams/tentamen/student.html").all("svg").count == 7)
        for (folder, paths) in [(build.options.site, site), (build.options.privateOutput, documents)] {
            for path in paths {
                let page = try build.html(path, in: folder)
                #expect(page["lang"] == language, "\(folder.lastPathComponent)/\(path)")
                let text = page.readableText
                for word in english where text.containsWord(word) {
                    Issue.record("\(language): \(folder.lastPathComponent)/\(path) has the English `\(word)`")
                }
            }
        }
    }

    /// A figure's words are the course's: in its language, with its `labels:` laid over them.
    @Test func aDutchFigureSpeaksDutchAndTheCoursesLabels() async throws {
        let spec = "```figure\nkind: cnn\ninput: [3, 8, 8]\nlayers:\n  - conv2d: {filters: 32, kernel: 3, padding: 1}\n  - maxpool2d: {kernel: 2}\n```\n"
        let build = try TestBuild(bank: try InlineBank.write([
            "course.yml": Self.course("nl") + "labels:\n  figureStride: \"schrede {n}\"\n",
            "exercises/f.md": InlineBank.exercise(id: "f", title: "Figuur", question: "Hoeveel?\n\n" + spec, answer: "Veel.", rubric: "aantal"),
        ]))
        try await build.run()
        let figure = try #require(try build.html("exercises/f.html", in: build.options.site).all("svg").first)
        #expect(figure.all("text").map(\.text).filter { $0.contains("×3") || $0.contains("×2") }
                == ["3×3-convolutie, 32 filters, schrede 1, opvulling 1", "max-pooling 2×2, schrede 2"])
        #expect(figure["aria-label"]?.hasPrefix("Stapel lagen, invoer 3×8×8: 3×3-convolutie, 32 filters, schrede 1, opvulling 1 → 32×8×8 (896 parameters)") == true,
                "\(figure["aria-label"] ?? "")")
        #expect(figure.all("text", class: "column-head").map(\.text) == ["laag", "uitvoervorm", "parameters"])
    }

    /// `sitegen grade`, `pdf` and `export` write the index again from `documents.json` alone: in the
    /// course's words, the same page the build wrote.
    @Test func theIndexWrittenAgainFromTheManifestIsTheBuildsOwn() async throws {
        let build = try TestBuild(bank: try Self.bank("fr"))
        try await build.run()
        let manifest = try #require(DocumentManifest.read(from: build.options.privateOutput))
        #expect(manifest.language == "fr")
        let labels = try Labels.forCourse(try BankLoader(root: build.options.bank).load().course, theme: try Theme(folder: build.options.templates))
        #expect(manifest.labels == labels.words, "all the course's words")
        #expect(manifest.exams.map(\.printedDate) == ["mardi 16 avril 2019"])
        let written = try String(contentsOf: build.options.privateOutput.appendingPathComponent(PrivateIndex.path), encoding: .utf8)
        #expect(PrivateIndex.html(manifest) == written)
        let index = try build.privateHTML(PrivateIndex.path)
        #expect(index.all("summary").map(\.text) == ["2 sujets nominatifs, dans l’ordre de distribution"])
        #expect(index.all("li").map(\.text).first == "Version d’origine: sujet · corrigé · grille de correction")
    }

    /// `sitegen grade`'s results report, and the index written again after it, in the course's words.
    @Test(arguments: ["nl", "de", "fr"])
    func theResultsReportHasNoEnglishWord(_ language: String) async throws {
        let build = try TestBuild(bank: try Self.bank(language))
        try await build.run()
        let report = try Self.grade(build)
        #expect(report["lang"] == language)
        let text = report.readableText
        for word in try Self.englishWords(unlike: language) where text.containsWord(word) {
            Issue.record("\(language): the results report has the English `\(word)`")
        }
        let manifest = try #require(DocumentManifest.read(from: build.options.privateOutput))
        let index = HTMLParser.parse(PrivateIndex.html(manifest))
        let link = try #require(index.all("a").first { $0["href"] == "exams/tentamen/results/report.html" })
        #expect(link.text == manifest.labels["resultsReport"])
    }

    @Test func theResultsReportIsDutch() async throws {
        let build = try TestBuild(bank: try Self.bank("nl"))
        try await build.run()
        let report = try Self.grade(build)
        #expect(report.all("h1").first?.text == "Herkansing diep leren: resultaten")
        #expect(report.all("p").first?.text.hasPrefix("Tentamen tentamen van dinsdag 16 april 2019 · 2 studenten nagekeken · gemiddeld totaal") == true)
        #expect(report.all("p").map(\.text).contains("Cijferschaal: lineair van 1 tot 10; 5.5 (voldoende) bij 60%, afgerond op 0.1."))
        #expect(report.element(id: "part-table")?.all("th").map(\.text) == [
            "Onderdeel", "Max.", "Studenten", "Gemiddelde", "Moeilijkheid", "Rir", "Varianten verschillen (ANOVA p)"])
        #expect(report.element(id: "student-table")?.all("th").map(\.text) == ["Nummer", "Naam", "Variant", "Totaal", "Cijfer"])
        #expect(report.all("figcaption").map(\.text) == ["Totalen, in punten", "Cijfers"])
        #expect(report.all("svg").first?.all("title").first?.text == "Totalen, in punten")
    }

    /// The built-in templates read only labels the language files have (a theme's are checked as it loads).
    @Test func theBuiltInTemplatesReadOnlyKnownLabels() throws {
        let english = try #require(try Theme(folder: TestBuild.repository.appendingPathComponent("Templates")).languages["en"])
        let keys = Set(english.words.keys)
        #expect(Theme.unknownLabels(in: PrivateIndex.source, file: "PrivateIndex", known: keys).map(\.message) == [])
        #expect(Theme.unknownLabels(in: ResultsReport.source, file: "ResultsReport", known: keys).map(\.message) == [])
        #expect(Theme.unknownLabels(in: "<p>{{labels.resultz}}</p>", file: "x", known: keys).map(\.hint) == ["did you mean `labels.results`?"],
                "the check finds a misspelt key")
        #expect(PrivateIndex.words.subtracting(keys).isEmpty)
    }

    /// Fills in every open cell of the build's grading sheet with 1 point, grades it and reads the report.
    static func grade(_ build: TestBuild) throws -> HTMLElement {
        let sheet = try String(contentsOf: build.options.privateOutput.appendingPathComponent("exams/tentamen/grading-sheet.csv"), encoding: .utf8)
        let lines = sheet.split(separator: "\n").enumerated().map { index, line in
            index == 0 ? String(line) : line.split(separator: ",", omittingEmptySubsequences: false).enumerated()
                .map { $0 >= 4 && $1.isEmpty ? "1" : String($1) }.joined(separator: ",")
        }
        let scores = Scratch.url("sitegen-scores").appendingPathExtension("csv")
        try (lines.joined(separator: "\n") + "\n").write(to: scores, atomically: true, encoding: .utf8)
        _ = try ExamGrader(bank: build.options.bank, privateOutput: build.options.privateOutput).grade("tentamen", scores: scores, display: "scores.csv")
        return try build.privateHTML("exams/tentamen/results/report.html")
    }

    @Test func theSitesWordsAreDutch() async throws {
        let build = try TestBuild(bank: try Self.bank("nl"))
        try await build.run()
        let home = try build.html("index.html")
        #expect(home.all("nav").first?["aria-label"] == "Website")
        #expect(home.all("nav").first?.all("a").map(\.text) == ["Onderwerpen", "Eerdere tentamens", "Zoeken"])
        #expect(home.all("h2").map(\.text) == ["Onderwerpen", "Eerdere tentamens"])
        #expect(home.all("span", class: "count").map(\.text) == ["3 opgaven", "0 opgaven"])
        let topic = try build.html("topics/t.html")
        #expect(topic.all("span", class: "meta").map(\.text).first == "4 punten · 3 onderdelen · gradiënt")
        #expect(try build.html("topics/leeg.html").all("p").map(\.text).contains("Bij dit onderwerp zijn nog geen openbare opgaven."))
        let exercise = try build.html("exercises/een.html")
        #expect(exercise.all("span", class: "source").map(\.text) == ["Bron: Tentamen 2019"])
        #expect(exercise.all("p", class: "meta").map(\.text).contains { $0.hasPrefix("Verschenen in") })
        let practice = try build.html("exercises/stap.html")
        #expect(practice.element(id: "practice-h")?.text == "Oefenvarianten")
        #expect(practice.element(id: "practice1-h")?.text == "Variant 1")
        let exam = try build.html("exams/tentamen.html")
        #expect(exam.all("p", class: "withheld").map(\.text) == ["Deze opgave is niet gepubliceerd."])
        let compact = try build.privateHTML("exams/tentamen/key-compact.html")
        #expect(compact.all("span", class: "result").map(\.text) == ["A ReLU", "B Niet waar"], "true and false in the course's words")
        let search = try build.html("search.html")
        #expect(search.all("title").first?.text == "Zoeken · 201800177")
        let status = try #require(search.element(id: "search-status"))
        #expect(status["data-label-results"] == "{n} resultaten voor “{query}”.")
        #expect(status["data-label-exam"] == "tentamen")
    }
}
