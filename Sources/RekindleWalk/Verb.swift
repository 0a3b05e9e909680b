import RekindleCore

/// Something a person can say in the walk, declared once: the dispatch matches its
/// names and `help` lists its usage and summary, so the two never disagree.
struct Verb: Sendable {
    /// The words that say it; a name may be several words ("not for me").
    let names: [String]
    /// How it is typed, as `help` shows it ("check N").
    let usage: String
    /// What it does, as `help` shows it.
    let summary: String
    /// Does it: the conversation, the words after the name (nil when none), and now.
    let run: @Sendable (inout Conversation, String?, Date) -> Reply

    /// Every verb, in the order `help` lists them.
    static let all: [Verb] = [
        Verb(names: ["where"], usage: "where", summary: "where you are, and how far you have come") { conversation, _, now in
            conversation.whereNow(now: now)
        },
        Verb(names: ["read"], usage: "read", summary: "the guidance of this part") { conversation, _, now in
            conversation.read(now: now)
        },
        Verb(names: ["actions"], usage: "actions", summary: "this part's actions, numbered") { conversation, _, now in
            conversation.actions(now: now)
        },
        Verb(names: ["check"], usage: "check N", summary: "check action N: done") { conversation, argument, now in
            conversation.check(argument, now: now)
        },
        Verb(names: ["uncheck"], usage: "uncheck N", summary: "take back a check or a “not for me”") { conversation, argument, now in
            conversation.uncheck(argument, now: now)
        },
        Verb(names: ["not for me"], usage: "not for me N", summary: "set action N aside as not for you (again takes it back)") {
            conversation, argument, now in conversation.setAside(argument, now: now)
        },
        Verb(names: ["start"], usage: "start N", summary: "start counting the days of timed action N, from today") {
            conversation, argument, now in conversation.start(argument, now: now)
        },
        Verb(names: ["stop"], usage: "stop N", summary: "forget that timed action N was started") { conversation, argument, now in
            conversation.stop(argument, now: now)
        },
        Verb(names: ["questions"], usage: "questions", summary: "the questions to write about") { conversation, _, _ in
            conversation.questions()
        },
        Verb(names: ["notes"], usage: "notes", summary: "what you wrote in this part, by day") { conversation, _, now in
            conversation.notes(now: now)
        },
        Verb(names: ["write"], usage: "write", summary: "write in your notes, line by line; a line with a single . ends") {
            conversation, _, now in conversation.beginWriting(now: now)
        },
        Verb(names: ["next", "n"], usage: "next", summary: "go on to the next part") { conversation, _, now in
            conversation.next(now: now)
        },
        Verb(names: ["back", "previous", "p"], usage: "back", summary: "go back to the previous part") { conversation, _, now in
            conversation.back(now: now)
        },
        Verb(names: ["go"], usage: "go N", summary: "go to step N (or: go opening, go closing)") { conversation, argument, now in
            conversation.go(to: argument, now: now)
        },
        Verb(names: ["steps"], usage: "steps", summary: "every part, and how far each has come") { conversation, _, now in
            conversation.steps(now: now)
        },
        Verb(names: ["review"], usage: "review", summary: "everything you checked and wrote, with dates") { conversation, _, now in
            conversation.review(now: now)
        },
        Verb(names: ["help-now", "help now"], usage: "help-now", summary: "who to call or text if you need help now") { conversation, _, _ in
            conversation.helpNow()
        },
        Verb(names: ["help", "?"], usage: "help", summary: "this list") { _, _, _ in
            Reply(["What you can say, one thing at a time:"] + all.map { "  " + $0.usage.padded(to: usageWidth) + $0.summary }
                + ["Numbers are the ones 'actions' shows. The end of input saves and leaves too."])
        },
        Verb(names: ["quit", "exit", "q"], usage: "quit", summary: "leave; everything is already saved") { _, _, _ in
            Reply(quits: true)
        },
    ]

    /// The widest usage, and two spaces.
    private static let usageWidth = (all.map(\.usage.count).max() ?? 0) + 2

    /// The verb `words` (lowercased) begin with, the longest name winning ("help now"
    /// over "help"), and the words after its name; nil when no verb begins them. Words
    /// after a verb that takes none are let be ("where am i" says where).
    static func match(_ words: [String]) -> (verb: Verb, argument: String?)? {
        var best: (verb: Verb, length: Int)?
        for verb in all {
            for name in verb.names {
                let nameWords = name.split(separator: " ").map(String.init)
                guard words.starts(with: nameWords), nameWords.count > best?.length ?? 0 else { continue }
                best = (verb, nameWords.count)
            }
        }
        guard let best else { return nil }
        let rest = words.dropFirst(best.length)
        return (best.verb, rest.isEmpty ? nil : rest.joined(separator: " "))
    }
}

extension String {
    /// The text with spaces after it up to `width` characters.
    func padded(to width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
