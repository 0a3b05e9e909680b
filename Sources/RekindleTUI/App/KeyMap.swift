import RekindleCore

/// One action's keys, as Bubble Tea's `key.Binding`: the update functions match
/// keys against it (`case KeyMap.nextPart:`), and the key bars and the help screen
/// show it, so what they say and what the keys do cannot drift apart.
/// Its words are catalogue keys, looked up when shown, in the language of the moment.
struct Binding: Sendable {
    let keys: [Key]
    /// How the help screen shows the keys: "n  ]  →  l".
    let label: String
    /// How a key bar shows them: "n/p".
    let short: String
    /// The catalogue key of what they do, in a key bar ("hint.step": "step").
    private let hintKey: String
    /// The catalogue key of what they do, on the help screen.
    private let helpKey: String
    /// Another word in the key bar than the hint's, already in the interface's language.
    private var hintText: String?

    init(keys: [Key], label: String, short: String, hint: String, help: String) {
        self.keys = keys
        self.label = label
        self.short = short
        hintKey = hint
        helpKey = help
    }

    /// What they do, in a key bar: "step".
    var hint: String { hintText ?? L(hintKey) }
    /// What they do, on the help screen.
    var help: String { L(helpKey) }

    /// The same keys with another word in the key bar (↑↓ scroll, or move).
    func hinted(_ hint: String) -> Binding {
        var binding = self
        binding.hintText = hint
        return binding
    }

    static func ~= (binding: Binding, key: Key) -> Bool { binding.keys.contains(key) }
}

/// Every key binding of the coach, declared once.
enum KeyMap {
    // MARK: - Everywhere

    static let interrupt = Binding(keys: [.control("c")], label: "Ctrl-C", short: "^C", hint: "hint.quit",
                                   help: "help.interrupt")
    static let quit = Binding(keys: [.character("q")], label: "q", short: "q", hint: "hint.quit", help: "help.quit")
    static let suspend = Binding(keys: [.control("z")], label: "Ctrl-Z", short: "^Z", hint: "hint.suspend", help: "help.suspend")
    static let redraw = Binding(keys: [.control("l")], label: "Ctrl-L", short: "^L", hint: "hint.redraw", help: "help.redraw")
    static let help = Binding(keys: [.character("?")], label: "?", short: "?", hint: "hint.help", help: "help.help")
    static let helpAnywhere = Binding(keys: [.function(1)], label: "F1", short: "F1", hint: "hint.help",
                                      help: "help.helpAnywhere")
    static let helpNow = Binding(keys: [.character("!")], label: "!", short: "!", hint: "hint.helpNow",
                                 help: "help.helpNow")
    static let helpNowAnywhere = Binding(keys: [.function(9)], label: "F9", short: "F9", hint: "hint.helpNow",
                                         help: "help.helpNowAnywhere")
    static let changeAnswers = Binding(keys: [.character("c")], label: "c", short: "c", hint: "hint.changeAnswers",
                                       help: "help.changeAnswers")
    static let back = Binding(keys: [.escape], label: "Esc", short: "Esc", hint: "hint.back", help: "help.back")
    /// On the help screen, every key but those that scroll it.
    static var leaveHelp: Binding {
        Binding(keys: [], label: L("keys.anyKey"), short: L("keys.anyKey"), hint: "hint.back", help: "help.leaveHelp")
    }

    // MARK: - Moving around

    static let nextPart = Binding(keys: [.character("n"), .character("]"), .right, .character("l")], label: "n  ]  →  l",
                                  short: "n/p", hint: "hint.step", help: "help.nextPart")
    static let previousPart = Binding(keys: [.character("p"), .character("["), .left, .character("h")], label: "p  [  ←  h",
                                      short: "p", hint: "hint.previous", help: "help.previousPart")
    static let nextPane = Binding(keys: [.tab], label: "Tab", short: "Tab", hint: "hint.pane",
                                  help: "help.nextPane")
    static let steps = Binding(keys: [.character("t")], label: "t", short: "t", hint: "hint.steps",
                               help: "help.steps")
    static let previousPane = Binding(keys: [.backTab], label: "Shift-Tab", short: "S-Tab", hint: "hint.back", help: "help.previousPane")
    static let up = Binding(keys: [.up, .character("k")], label: "↑  k", short: "↑", hint: "hint.up",
                            help: "help.up")
    static let down = Binding(keys: [.down, .character("j")], label: "↓  j", short: "↑↓", hint: "hint.move",
                              help: "help.down")
    static let pageUp = Binding(keys: [.pageUp], label: "PgUp", short: "PgUp", hint: "hint.pageUp", help: "help.pageUp")
    static let pageDown = Binding(keys: [.pageDown], label: "PgDn", short: "PgDn", hint: "hint.pageDown", help: "help.pageDown")
    static let top = Binding(keys: [.home, .character("g")], label: "Home  g", short: "g", hint: "hint.top", help: "help.top")
    static let bottom = Binding(keys: [.end, .character("G")], label: "End  G", short: "G", hint: "hint.bottom", help: "help.bottom")

    // MARK: - A step

    static let check = Binding(keys: [.character(" "), .enter], label: "Space  Enter", short: "Space", hint: "hint.check",
                               help: "help.check")
    static let startTimer = Binding(keys: [.character("b")], label: "b", short: "b", hint: "hint.start",
                                    help: "help.startTimer")
    static let notForMe = Binding(keys: [.character("x")], label: "x", short: "x", hint: "hint.notForMe",
                                  help: "help.notForMe")
    static let undo = Binding(keys: [.character("u")], label: "u", short: "u", hint: "hint.undo",
                              help: "help.undo")
    static let redo = Binding(keys: [.character("U"), .control("r")], label: "U  Ctrl-R", short: "U", hint: "hint.redo",
                              help: "help.redo")
    static let write = Binding(keys: [.character("e"), .character("i")], label: "e  i", short: "e", hint: "hint.write",
                               help: "help.write")
    static let stopWriting = Binding(keys: [.escape], label: "Esc", short: "Esc", hint: "hint.done",
                                     help: "help.stopWriting")
    static let history = Binding(keys: [.character("v")], label: "v", short: "v", hint: "hint.history",
                                 help: "help.history")
    static let editEntry = Binding(keys: [.enter, .character("e")], label: "Enter  e", short: "Enter", hint: "hint.edit",
                                   help: "help.editEntry")
    static let versions = Binding(keys: [.right, .character("v")], label: "→  v", short: "→", hint: "hint.versions",
                                  help: "help.versions")
    static let restore = Binding(keys: [.enter], label: "Enter", short: "Enter", hint: "hint.restore",
                                 help: "help.restore")
    static let openDrafts = Binding(keys: [.character("d")], label: "d", short: "d", hint: "hint.drafts",
                                    help: "help.openDrafts")
    static let newDraft = Binding(keys: [.character("n")], label: "n", short: "n", hint: "hint.newDraft",
                                  help: "help.newDraft")
    static let copyDraft = Binding(keys: [.character("c")], label: "c", short: "c", hint: "hint.copyOut",
                                   help: "help.copyDraft")
    static let writeDraft = Binding(keys: [.character("w")], label: "w", short: "w", hint: "hint.writeToAFile",
                                    help: "help.writeDraft")
    static let logUrge = Binding(keys: [.character("l")], label: "l", short: "l", hint: "hint.logAnUrge",
                                 help: "help.logUrge")
    static let externalEditor = Binding(keys: [.control("e"), .function(2)], label: "Ctrl-E  F2", short: "^E", hint: "hint.editor",
                                        help: "help.externalEditor")
    static let save = Binding(keys: [.control("s")], label: "Ctrl-S", short: "^S", hint: "hint.save", help: "help.save")
    static let review = Binding(keys: [.character("r")], label: "r", short: "r", hint: "hint.review",
                                help: "help.review")
    static let search = Binding(keys: [.character("/")], label: "/", short: "/", hint: "hint.search", help: "help.search")
    static let sessions = Binding(keys: [.character("s")], label: "s", short: "s", hint: "hint.sessions",
                                  help: "help.sessions")

    // MARK: - Overlays

    static let begin = Binding(keys: [.enter, .character(" "), .character("c")], label: "Enter", short: "Enter", hint: "hint.begin",
                               help: "help.begin")
    static let showAll = Binding(keys: [.character("a"), .tab], label: "a", short: "a", hint: "hint.showAll",
                                 help: "help.showAll")
    static let choose = Binding(keys: [.enter], label: "Enter", short: "Enter", hint: "hint.open",
                                help: "help.choose")
    static let newSession = Binding(keys: [.character("n")], label: "n", short: "n", hint: "hint.newSession",
                                    help: "help.newSession")
    static let newSearch = Binding(keys: [.character("/")], label: "/", short: "/", hint: "hint.newSearch",
                                   help: "help.newSearch")

    /// The help screen: groups of bindings.
    static var sections: [(title: String, bindings: [Binding])] {
        [
            (L("keys.section.movingAround"), [nextPart, previousPart, nextPane, previousPane, steps, up, down, pageUp, pageDown, top, bottom]),
            (L("keys.section.checklist"), [check, startTimer, notForMe, undo, redo]),
            (L("keys.section.notes"), [write, stopWriting, history, editEntry, versions, restore, externalEditor, save]),
            (L("keys.section.drafts"), [openDrafts, newDraft, copyDraft, writeDraft, logUrge]),
            (L("keys.section.help"), [helpNow, helpNowAnywhere, changeAnswers, help, helpAnywhere]),
            (L("keys.section.elsewhere"), [review, search, sessions, begin, showAll, choose, newSession, newSearch, quit, interrupt, suspend,
                                                  redraw]),
        ]
    }
}

extension Key {
    /// Whether the key answers yes to a question: y, and o (oui) too, so the key a
    /// French speaker reaches for works as well.
    var isYes: Bool { [.character("y"), .character("Y"), .character("o"), .character("O")].contains(self) }
}
