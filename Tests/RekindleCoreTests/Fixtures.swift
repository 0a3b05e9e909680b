import Foundation
@testable import RekindleCore

/// A fixed moment, so dates in golden output never depend on when tests run.
let noon = Date(timeIntervalSince1970: 1_795_000_000) // 2026-11-18 11:06:40 UTC

let sampleGuide: Guide = {
    let source = """
        # Sample {#sample}

        Opening words.

        ## One {#one}
        Guidance one.
        - [ ] First thing {#first}
        - [ ] Second thing {#second}
        ? How was it?

        ## Two {#two}
        Guidance two.
        - [ ] Third thing {#third}

        ---

        ## End {#end}
        Closing words.
        """
    // The source above is fixed; a failure here is a broken test, not a product bug.
    return try! GuideParser(file: "sample.md").parse(Array(source.utf8))
}()

/// Golden text is compared in UTC so it reads the same on every machine.
func useUTC() {
    setenv("TZ", "UTC", 1)
    tzset()
}

extension Session {
    /// A session with every field of format 3 in use: entries with versions, a timer,
    /// "not for me", a decision, check-ins, a draft and an urge.
    static var everyField: Session {
        let one = sampleGuide.part(id: "one")!, two = sampleGuide.part(id: "two")!
        var session = Session(name: "every-field", guide: sampleGuide, now: noon)
        session.setChecked(true, item: one.checklist[0], in: one, at: noon.addingTimeInterval(60))
        session.setNotForMe(true, item: two.checklist[0], in: two, at: noon.addingTimeInterval(120))
        session.setNote("first words é 中文 😀", for: one, at: noon.addingTimeInterval(180))
        session.setNote("first words, rewritten an hour later", for: one, at: noon.addingTimeInterval(3780))
        session.setEntry("the next day", at: 1, for: one, at: noon.addingTimeInterval(86_400))
        session.start(one.checklist[1], days: 7, at: noon.addingTimeInterval(240))
        session.decide(.notNow, item: one.checklist[1], in: one, at: noon.addingTimeInterval(300))
        session.record(CheckIn(at: noon.addingTimeInterval(360), mood: 2, urge: 8, word: "raw"))
        session.setDraft("Hi. I hope you are well.", at: 0, partID: "two", at: noon.addingTimeInterval(420))
        session.logUrge("wanted to text at midnight", at: noon.addingTimeInterval(480))
        return session
    }
}
