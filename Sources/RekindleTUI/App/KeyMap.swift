/// One action's keys, as Bubble Tea's `key.Binding`: the update functions match
/// keys against it (`case KeyMap.nextPart:`), and the key bars and the help screen
/// show it, so what they say and what the keys do cannot drift apart.
struct Binding: Sendable {
    let keys: [Key]
    /// How the help screen shows the keys: "n  ]  →  l".
    let label: String
    /// How a key bar shows them: "n/p".
    let short: String
    /// What they do, in a key bar: "step".
    let hint: String
    /// What they do, on the help screen.
    let help: String

    /// The same keys with another word in the key bar (↑↓ scroll, or move).
    func hinted(_ hint: String) -> Binding {
        Binding(keys: keys, label: label, short: short, hint: hint, help: help)
    }

    static func ~= (binding: Binding, key: Key) -> Bool { binding.keys.contains(key) }
}

/// Every key binding of the coach, declared once.
enum KeyMap {
    // MARK: - Everywhere

    static let interrupt = Binding(keys: [.control("c")], label: "Ctrl-C", short: "^C", hint: "quit",
                                   help: "save and quit, from anywhere (also while writing)")
    static let quit = Binding(keys: [.character("q")], label: "q", short: "q", hint: "quit", help: "save and quit")
    static let suspend = Binding(keys: [.control("z")], label: "Ctrl-Z", short: "^Z", hint: "suspend", help: "suspend (fg to come back)")
    static let redraw = Binding(keys: [.control("l")], label: "Ctrl-L", short: "^L", hint: "redraw", help: "draw the screen again")
    static let help = Binding(keys: [.character("?")], label: "?", short: "?", hint: "help", help: "this help")
    static let helpAnywhere = Binding(keys: [.function(1)], label: "F1", short: "F1", hint: "help",
                                      help: "this help, from anywhere (also while writing)")
    static let helpNow = Binding(keys: [.character("!")], label: "!", short: "!", hint: "help now",
                                 help: "need help now: who to call or text if you are in danger or in crisis")
    static let helpNowAnywhere = Binding(keys: [.function(9)], label: "F9", short: "F9", hint: "help now",
                                         help: "need help now, from anywhere (also while writing, where ! is typed)")
    static let changeAnswers = Binding(keys: [.character("c")], label: "c", short: "c", hint: "change answers",
                                       help: "on the help screen: change your answers to the safety questions")
    static let back = Binding(keys: [.escape], label: "Esc", short: "Esc", hint: "back", help: "back to where you were")
    /// On the help screen, every key but those that scroll it.
    static let leaveHelp = Binding(keys: [], label: "any key", short: "any key", hint: "back", help: "leave this help")

    // MARK: - Moving around

    static let nextPart = Binding(keys: [.character("n"), .character("]"), .right, .character("l")], label: "n  ]  →  l",
                                  short: "n/p", hint: "step", help: "next part of the guide")
    static let previousPart = Binding(keys: [.character("p"), .character("["), .left, .character("h")], label: "p  [  ←  h",
                                      short: "p", hint: "previous", help: "previous part")
    static let nextPane = Binding(keys: [.tab], label: "Tab", short: "Tab", hint: "pane",
                                  help: "next region: guidance, actions, notes (and the list of steps where it stands beside the page)")
    static let steps = Binding(keys: [.character("t")], label: "t", short: "t", hint: "steps",
                               help: "the list of steps: ↑↓ choose, Enter opens the step, Esc goes back")
    static let previousPane = Binding(keys: [.backTab], label: "Shift-Tab", short: "S-Tab", hint: "back", help: "previous region")
    static let up = Binding(keys: [.up, .character("k")], label: "↑  k", short: "↑", hint: "up",
                            help: "scroll up, or move up in a list")
    static let down = Binding(keys: [.down, .character("j")], label: "↓  j", short: "↑↓", hint: "move",
                              help: "scroll down, or move down in a list")
    static let pageUp = Binding(keys: [.pageUp], label: "PgUp", short: "PgUp", hint: "page up", help: "a page up")
    static let pageDown = Binding(keys: [.pageDown], label: "PgDn", short: "PgDn", hint: "page down", help: "a page down")
    static let top = Binding(keys: [.home, .character("g")], label: "Home  g", short: "g", hint: "top", help: "to the top")
    static let bottom = Binding(keys: [.end, .character("G")], label: "End  G", short: "G", hint: "bottom", help: "to the bottom")

    // MARK: - A step

    static let check = Binding(keys: [.character(" "), .enter], label: "Space  Enter", short: "Space", hint: "check",
                               help: "check or uncheck the highlighted action (the date is kept)")
    static let startTimer = Binding(keys: [.character("b")], label: "b", short: "b", hint: "start",
                                    help: "start a timed action today (\"day 3 of 7\"); Space checks it when done, or earlier if you choose")
    static let notForMe = Binding(keys: [.character("x")], label: "x", short: "x", hint: "not for me",
                                  help: "mark the highlighted action \"not for me\": considered, not missed (x again takes it back)")
    static let undo = Binding(keys: [.character("u")], label: "u", short: "u", hint: "undo",
                              help: "undo: take back the last check, or the last burst of typing or paste")
    static let redo = Binding(keys: [.character("U"), .control("r")], label: "U  Ctrl-R", short: "U", hint: "redo",
                              help: "redo: put back what undo took back")
    static let write = Binding(keys: [.character("e"), .character("i")], label: "e  i", short: "e", hint: "write",
                               help: "start writing in your notes (Enter too, on the notes); arrows, Home/End, PgUp/PgDn move")
    static let stopWriting = Binding(keys: [.escape], label: "Esc", short: "Esc", hint: "done",
                                     help: "stop writing (your words are saved as you type)")
    static let history = Binding(keys: [.character("v")], label: "v", short: "v", hint: "history",
                                 help: "your entries by date and their earlier versions: edit an earlier entry, or restore a version")
    static let editEntry = Binding(keys: [.enter, .character("e")], label: "Enter  e", short: "Enter", hint: "edit",
                                   help: "in the history: write in the highlighted entry")
    static let versions = Binding(keys: [.right, .character("v")], label: "→  v", short: "→", hint: "versions",
                                  help: "in the history: the highlighted entry's earlier versions")
    static let restore = Binding(keys: [.enter], label: "Enter", short: "Enter", hint: "restore",
                                 help: "in the history: bring back the highlighted version (the words it replaces are kept)")
    static let openDrafts = Binding(keys: [.character("d")], label: "d", short: "d", hint: "drafts",
                                    help: "on a step with a draft box: write a message to them that waits a day, or log an urge")
    static let newDraft = Binding(keys: [.character("n")], label: "n", short: "n", hint: "new draft",
                                  help: "in the drafts: write a new draft")
    static let copyDraft = Binding(keys: [.character("c")], label: "c", short: "c", hint: "copy out",
                                   help: "in the drafts: show the draft alone to copy it (after its cooling-off day)")
    static let writeDraft = Binding(keys: [.character("w")], label: "w", short: "w", hint: "write to a file",
                                    help: "on a draft shown to copy out: write it to a private file beside your sessions")
    static let logUrge = Binding(keys: [.character("l")], label: "l", short: "l", hint: "log an urge",
                                 help: "in the drafts: note an urge to contact them instead of acting on it")
    static let externalEditor = Binding(keys: [.control("e"), .function(2)], label: "Ctrl-E  F2", short: "^E", hint: "editor",
                                        help: "write this note in $VISUAL / $EDITOR (not for encrypted sessions)")
    static let save = Binding(keys: [.control("s")], label: "Ctrl-S", short: "^S", hint: "save", help: "save now")
    static let review = Binding(keys: [.character("r")], label: "r", short: "r", hint: "review",
                                help: "review everything you completed, with dates")
    static let search = Binding(keys: [.character("/")], label: "/", short: "/", hint: "search", help: "search the guide and your notes")
    static let sessions = Binding(keys: [.character("s")], label: "s", short: "s", hint: "sessions",
                                  help: "sessions: switch, or start a new one")

    // MARK: - Overlays

    static let begin = Binding(keys: [.enter, .character(" "), .character("c")], label: "Enter", short: "Enter", hint: "begin",
                               help: "on the welcome: begin, or continue where you were")
    static let showAll = Binding(keys: [.character("a"), .tab], label: "a", short: "a", hint: "show all",
                                 help: "in the review: every action, or completed ones only")
    static let choose = Binding(keys: [.enter], label: "Enter", short: "Enter", hint: "open",
                                help: "in a list: open the highlighted session, search result or step (review)")
    static let newSession = Binding(keys: [.character("n")], label: "n", short: "n", hint: "new session",
                                    help: "in the sessions list: start a new session")
    static let newSearch = Binding(keys: [.character("/")], label: "/", short: "/", hint: "new search",
                                   help: "in the search results: search again")

    /// The help screen: groups of bindings.
    static let sections: [(title: String, bindings: [Binding])] = [
        ("Moving around", [nextPart, previousPart, nextPane, previousPane, steps, up, down, pageUp, pageDown, top, bottom]),
        ("Checklist", [check, startTimer, notForMe, undo, redo]),
        ("Notes", [write, stopWriting, history, editEntry, versions, restore, externalEditor, save]),
        ("Drafts", [openDrafts, newDraft, copyDraft, writeDraft, logUrge]),
        ("Help", [helpNow, helpNowAnywhere, changeAnswers, help, helpAnywhere]),
        ("Elsewhere", [review, search, sessions, begin, showAll, choose, newSession, newSearch, quit, interrupt, suspend,
                       redraw]),
    ]
}
