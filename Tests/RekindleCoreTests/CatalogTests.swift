import Foundation
@testable import RekindleCore
import TestSupport
import Testing

/// Every catalogue has English's keys, every key is used, and every key used exists.
@Suite struct CatalogTests {
    /// The keys the code names: `L("key"…)`, a binding's `hint:`/`help:` in KeyMap, a walk verb's `summary:`.
    static let usedKeys: Set<String> = {
        let pattern = /(?:\bL\(|hint: |help: |summary: )"([a-zA-Z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+)+)"/
        return Set(sources.flatMap { $0.matches(of: pattern).map { String($0.output.1) } })
    }()

    /// The Swift sources, as text.
    static let sources: [String] = {
        let folder = Repository.root + "/Sources"
        let files = FileManager.default.enumerator(atPath: folder)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        return files.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }
    }()

    @Test func readsKeysTextsAndNewLines() {
        let file = "# a comment = no\n\nplain = One text\nlines = First\\nsecond\\\\ and \\t\nnot a line\nlast = no end"
        #expect(Catalog.parse(Array(file.utf8)) == [
            "plain": "One text", "lines": "First\nsecond\\\\ and \\t", "last": "no end",
        ])
    }

    @Test(arguments: Language.allCases)
    func hasEnglishKeys(_ language: Language) {
        let english = Set(Catalog.entries(.english).keys), keys = Set(Catalog.entries(language).keys)
        #expect(english.subtracting(keys).sorted() == [], "missing in \(language.rawValue).catalog")
        #expect(keys.subtracting(english).sorted() == [], "in \(language.rawValue).catalog but not in English")
    }

    @Test func everyKeyIsUsedAndEveryUsedKeyExists() {
        let english = Set(Catalog.entries(.english).keys)
        #expect(english.subtracting(Self.usedKeys).sorted() == [], "in the catalogue, used nowhere")
        #expect(Self.usedKeys.subtracting(english).sorted() == [], "used, missing from the catalogue")
    }

    @Test(arguments: Language.allCases)
    func hasNoKeyTwice(_ language: Language) throws {
        let text = try String(contentsOfFile: Repository.root + "/Sources/RekindleCore/Text/\(language.rawValue).catalog", encoding: .utf8)
        let keys = text.split(separator: "\n").filter { !$0.hasPrefix("#") && $0.contains(" = ") }.map { $0.prefix { $0 != " " } }
        #expect(keys.count == Set(keys).count, "a key given twice in \(language.rawValue).catalog")
    }

    @Test func placeholdersMatchEnglish() {
        let english = Catalog.entries(.english)
        for (key, text) in Catalog.entries(.french) {
            let placeholders = { (text: String) in Set(text.matches(of: /\{[0-9]\}/).map { String($0.output) }) }
            #expect(placeholders(text) == placeholders(english[key] ?? ""), "\(key)")
        }
    }

    @Test func fillsInArgumentsAndFallsBackToEnglish() {
        #expect(Catalog.$language.withValue(.french) { L("store.notFound", "x") }.contains("aucune session"))
        #expect(L("store.notFound", "x") == "no session named 'x'. Run 'rekindle list' to see the sessions.")
        #expect(L("no.such.key") == "no.such.key")
    }

    /// Each `{N}` is filled once, from the text as written: a value that holds "{1}"
    /// stays as it is, and braces that name no argument are left alone.
    @Test(arguments: [
        ("{0} and {1}", ["a", "b"], "a and b"),
        ("{1}, then {0}, then {1}", ["é", "中"], "中, then é, then 中"),
        ("{0} · {1}", ["{1}", "x"], "{1} · x"),
        ("{5} {x} { {} {0", ["a"], "{5} {x} { {} {0"),
        ("😀{0}😀", ["ok"], "😀ok😀"),
        ("no braces", ["a"], "no braces"),
    ])
    func fillsEachPlaceholderOnce(template: String, values: [String], expected: String) {
        #expect(Catalog.filled(template, with: values) == expected)
    }

    /// The guide checker's problems and a session file's reasons are in the current language.
    @Test func guideProblemsAndFileReasonsFollowTheLanguage() {
        let problems = Catalog.$language.withValue(.french) { () -> [String] in
            do throws(GuideError) {
                _ = try GuideParser(file: "g.md").parse(Array("## Étape\n\n- [ ] Faire (7days)\n".utf8))
                return []
            } catch {
                return error.problems.map(\.description)
            }
        }
        #expect(problems.first == "g.md:1:1: un guide commence par une ligne « # Titre »")
        let reason = Catalog.$language.withValue(.french) { () -> String in
            do throws(SessionCodec.Failure) {
                _ = try SessionCodec.decode(Array(#"{"version": 99}"#.utf8))
                return ""
            } catch {
                return error.description
            }
        }
        #expect(reason == "a été écrit par un rekindle plus récent (version de format 99 ; celui-ci lit jusqu'à la version 3). Mettez rekindle à jour pour l'ouvrir")
        let failure = Catalog.$language.withValue(.french) {
            StoreError.io(operation: L("op.rename"), path: "/d/s.json", reason: "No space left on device").description
        }
        #expect(failure == "impossible de renommer /d/s.json : No space left on device")
    }

    @Test func localeChoosesTheLanguage() {
        #expect(Language(locale: ["LANG": "fr_CA.UTF-8"]) == .french)
        #expect(Language(locale: ["LANG": "fr_BE"]) == .french)
        #expect(Language(locale: ["LC_ALL": "C", "LANG": "fr_FR.UTF-8"]) == .english)
        #expect(Language(locale: ["LC_ALL": "", "LC_MESSAGES": "fr_CH.UTF-8", "LANG": "en_GB.UTF-8"]) == .french)
        #expect(Language(locale: ["LANG": "de_DE.UTF-8"]) == .english)
        #expect(Language(locale: [:]) == .english)
    }
}
