import Foundation
import Testing
import TestSupport

/// The interface's language follows LC_ALL/LC_MESSAGES/LANG or --lang; a session keeps
/// its guide's language; a session's name may have any letters.
@Suite struct LanguageTests {
    let dir = TemporaryDirectory()
    var rekindle: Rekindle { Rekindle(dataDirectory: dir.file("data")) }

    /// The pane's environment with the locale a French speaker would have (or `locale`).
    func environment(_ locale: [String: String]) -> [String: String] {
        rekindle.terminalEnvironment.filter { $0.key != "LC_ALL" && $0.key != "LANG" }.merging(locale) { $1 }
    }

    /// The command line's environment with `locale` in place of the runner's.
    func run(_ arguments: [String], locale: [String: String], input: String? = nil) throws -> Command.Result {
        let base = rekindle.environment.filter { !["LC_ALL", "LC_MESSAGES", "LANG"].contains($0.key) }
        return try Command(Repository.binary, arguments, environment: base.merging(locale) { $1 }, input: input).run()
    }

    @Test func frenchLocaleShowsTheFrenchInterfaceAndGuide() throws {
        let tmux = try TmuxSession(command: Repository.binary, environment: environment(["LANG": "fr_FR.UTF-8"]))
        let welcome = try tmux.waitFor("Bienvenue. Prenez votre temps.")
        #expect(welcome.contains("Comment renouer avec votre ex"))
        #expect(welcome.contains("? aide"))
        try tmux.send("Enter")
        try tmux.waitFor("Avant de commencer : question 1 sur 4")
        try tmux.send("Escape")
        let opening = try tmux.waitFor("Ouverture")
        #expect(opening.contains("Une rupture peut tout ébranler"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func langOptionOverridesTheLocale() throws {
        let tmux = try TmuxSession(command: "\(Repository.binary) --lang en", environment: environment(["LC_ALL": "fr_CA.UTF-8"]))
        let welcome = try tmux.waitFor("Welcome. Take your time.")
        #expect(welcome.contains("How to Get Back Together"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test func commandLineErrorsInFrench() throws {
        let missing = try run(["review", "inconnue"], locale: ["LANG": "fr_BE.UTF-8"])
        #expect(missing.status == 1)
        #expect(missing.stderr == "rekindle: aucune session ne s'appelle « inconnue ». Lancez « rekindle list » pour voir les sessions.\n")
        let unknown = try run(["--lang", "de", "list"], locale: [:])
        #expect(unknown.status == 64)
        #expect(unknown.stderr.contains("'de'") && unknown.stderr.contains("--lang"))
    }

    /// `Après l'été`, started in French: listed, reviewed and reopened under LANG=C with
    /// its French guide and an English interface.
    @Test func aFrenchSessionKeepsItsGuide() throws {
        let name = "Après l'été"
        let walked = try run(["walk", "--session", name], locale: ["LANG": "fr_FR.UTF-8"],
                             input: "\n\n\n\ngo 1\ncheck 1\nquit\n")  // Enter passes over the four safety questions
        #expect(walked.status == 0, "\(walked.stderr)")
        #expect(FileManager.default.fileExists(atPath: dir.file("data/sessions/\(name).json")))

        let list = try run(["list"], locale: ["LANG": "C"])
        #expect(list.stdout.contains("\(name)  1/41"), "\(list.stdout)")
        let review = try run(["review", name], locale: ["LANG": "C"])
        #expect(review.stdout.hasPrefix("Comment renouer avec votre ex\nSession '\(name)'"), "\(review.stdout)")
        #expect(review.stdout.contains("Step 1: Revenir sur votre relation (1 of 4 done)"))

        let tmux = try TmuxSession(command: "\(Repository.binary) --session \(TmuxSession.quote(name))",
                                   environment: environment(["LANG": "C.UTF-8"]))
        let back = try tmux.waitFor("Welcome back.")
        #expect(back.contains("Comment renouer avec votre ex") && back.contains("Revenir sur votre relation"))
        try tmux.send("q")
        #expect(try tmux.waitForExit() == 0)
    }

    @Test(arguments: ["../x", "a/b", "a\u{1B}[2Jb", ".hidden"])
    func hostileSessionNamesAreRefused(_ name: String) throws {
        let result = try run(["review", name], locale: ["LANG": "C"])
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix("rekindle: invalid session name"))
        #expect(!result.stderr.contains("\u{1B}"))
        #expect(!FileManager.default.fileExists(atPath: dir.file("data/x.json")))
    }

    /// The parser's help follows the language; `LANG=C` keeps it English (the man page is made so).
    @Test func helpIsInTheInterfacesLanguage() throws {
        let french = try run(["--help"], locale: ["LANG": "fr_FR.UTF-8"])
        #expect(french.status == 0)
        #expect(french.stdout.contains("Un coach calme et privé, dans le terminal"))
        let review = try run(["review", "--help"], locale: ["LANG": "fr_FR.UTF-8"])
        #expect(review.stdout.contains("Afficher ce que vous avez fait") && review.stdout.contains("Ouvrir le bilan dans le coach"))
        let english = try run(["--help"], locale: ["LANG": "C"])
        #expect(english.stdout.contains("A calm, private terminal coach"))
    }

    @Test func guideCheckSaysItsProblemsInFrench() throws {
        dir.write("guide.md", Array("# Guide\n\n## Étape\n\n- [x] Fait\n".utf8))
        let result = try run(["guide", "check", dir.file("guide.md")], locale: ["LANG": "fr_FR.UTF-8"])
        #expect(result.status != 0)
        #expect(result.stderr.contains("guide.md:5:1: les éléments de liste d'un guide commencent non cochés : écrivez « - [ ] texte »"))
    }
}
