import RekindleCore
import TestSupport
import Testing

/// Session names of any language, with safe file names; hostile ones refused.
@Suite struct SessionNameTests {
    @Test(arguments: ["Après l'été", "default", "été 2026", "Ωmega", "x-y_z.1", "l’automne", "日本"])
    func accepts(_ name: String) throws {
        try SessionStore.validate(name)
    }

    @Test(arguments: ["../x", "a/b", ".hidden", "..", "", " x", "x ", "a\u{0}b", "a\nb", "a\u{1B}[2Jb", "a\u{202E}b",
                      String(repeating: "é", count: 51)])
    func refuses(_ name: String) {
        #expect(throws: StoreError.invalidName(name)) { try SessionStore.validate(name) }
    }

    @Test func keepsTheNameAsTyped() throws {
        let folder = TemporaryDirectory()
        let store = try SessionStore(dataDirectory: folder.path)
        var opened = try store.open("Après l'été", guide: .builtIn(.french), now: Date())
        opened.session.setNote("Bonjour", for: opened.guide.steps[0], at: Date())
        try store.save(opened.session)
        #expect(try store.names() == ["Après l'été"])
        #expect(try store.existing("Après l'été").guideID == "get-back-together-fr")
    }
}
