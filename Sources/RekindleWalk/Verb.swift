import RekindleCore

/// Something a person can say in the walk, declared once: the dispatch matches its
/// names and `help` lists its usage and summary, so the two never disagree.
struct Verb: Sendable {
    /// The words that say it; a name may be several words ("not for me").
    let names: [String]
    /// How it is typed, as `help` shows it ("check N").
    let usage: String
    /// The catalogue key of what it does, as `help` shows it.
    let summary: String
    /// Does it: the conversation, the words after the name (nil when none), and now.
    let run: @Sendable (inout Conversation, String?, Date) -> Reply

    /// Every verb, in the order `help` lists them.
    static let all: [Verb] = [
        Verb(names: ["where"], usage: "where", summary: "walk.verb.where") { conversation, _, now in
            conversation.whereNow(now: now)
        },
        Verb(names: ["read"], usage: "read", summary: "walk.verb.read") { conversation, _, now in
            conversation.read(now: now)
        },
        Verb(names: ["actions"], usage: "actions", summary: "walk.verb.actions") { conversation, _, now in
            conversation.actions(now: now)
        },
        Verb(names: ["check"], usage: "check N", summary: "walk.verb.check") { conversation, argument, now in
            conversation.check(argument, now: now)
        },
        Verb(names: ["uncheck"], usage: "uncheck N", summary: "walk.verb.uncheck") { conversation, argument, now in
            conversation.uncheck(argument, now: now)
        },
        Verb(names: ["not for me"], usage: "not for me N", summary: "walk.verb.notForMe") {
            conversation, argument, now in conversation.setAside(argument, now: now)
        },
        Verb(names: ["start"], usage: "start N", summary: "walk.verb.start") {
            conversation, argument, now in conversation.start(argument, now: now)
        },
        Verb(names: ["stop"], usage: "stop N", summary: "walk.verb.stop") { conversation, argument, now in
            conversation.stop(argument, now: now)
        },
        Verb(names: ["questions"], usage: "questions", summary: "walk.verb.questions") { conversation, _, _ in
            conversation.questions()
        },
        Verb(names: ["notes"], usage: "notes", summary: "walk.verb.notes") { conversation, _, now in
            conversation.notes(now: now)
        },
        Verb(names: ["write"], usage: "write", summary: "walk.verb.write") {
            conversation, _, now in conversation.beginWriting(now: now)
        },
        Verb(names: ["next", "n"], usage: "next", summary: "walk.verb.next") { conversation, _, now in
            conversation.next(now: now)
        },
        Verb(names: ["back", "previous", "p"], usage: "back", summary: "walk.verb.back") { conversation, _, now in
            conversation.back(now: now)
        },
        Verb(names: ["go"], usage: "go N", summary: "walk.verb.go") { conversation, argument, now in
            conversation.go(to: argument, now: now)
        },
        Verb(names: ["steps"], usage: "steps", summary: "walk.verb.steps") { conversation, _, now in
            conversation.steps(now: now)
        },
        Verb(names: ["review"], usage: "review", summary: "walk.verb.review") { conversation, _, now in
            conversation.review(now: now)
        },
        Verb(names: ["help-now", "help now"], usage: "help-now", summary: "walk.verb.helpNow") { conversation, _, _ in
            conversation.helpNow()
        },
        Verb(names: ["help", "?"], usage: "help", summary: "walk.verb.help") { _, _, _ in
            Reply([L("walk.helpIntro")] + all.map { "  " + $0.usage.padded(to: usageWidth) + L($0.summary) }
                + [L("walk.helpNumbers")])
        },
        Verb(names: ["quit", "exit", "q"], usage: "quit", summary: "walk.verb.quit") { _, _, _ in
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
