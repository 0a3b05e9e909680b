import Foundation
import Testing
import TestSupport
@testable import RekindleCore

@Suite struct SessionTests {
    func part(_ id: String) -> Part { sampleGuide.part(id: id)! }
    func item(_ id: String) -> ChecklistItem { sampleGuide.item(id: id)!.item }

    @Test func newSessionStartsAtTheOpening() {
        let session = Session(name: "s", guide: sampleGuide, now: noon.addingTimeInterval(0.7))
        #expect(session.position.partID == "opening")
        #expect(session.startedAt == noon)
        #expect(session.guideHash == sampleGuide.contentHash)
        #expect(Progress(session: session, guide: sampleGuide) == Progress(checkedItems: 0, totalItems: 3, completedSteps: 0, totalSteps: 2))
    }

    /// Counting from the checks gives what looking up every item of the guide gives,
    /// with checks recorded in another part (the guide moved the item) and checks of
    /// items the guide no longer has.
    @Test func checkedPerPartCountsEveryItemOfTheGuideThatIsChecked() {
        let guide = Guide.builtIn
        let items = guide.parts.flatMap { part in part.checklist.map { (part.id, $0.id) } }
        var generator = SeededGenerator.forTest("checkedPerPartCountsEveryItemOfTheGuideThatIsChecked")
        for _ in 0..<200 {
            var session = Session(name: "s", guide: guide, now: noon)
            for (partID, itemID) in items where Bool.random(using: &generator) {
                let recorded = Int.random(in: 0..<5, using: &generator) == 0 ? guide.parts.randomElement(using: &generator)!.id : partID
                session.checks[itemID] = CheckRecord(checkedAt: noon, text: itemID, partID: recorded)
            }
            session.checks["gone.item"] = CheckRecord(checkedAt: noon, text: "gone", partID: guide.parts[1].id)
            #expect(Progress.checkedPerPart(session: session, guide: guide)
                == guide.parts.map { part in part.checklist.count { session.isChecked($0.id) } })
        }
    }

    @Test func checkingRecordsWhenAndUncheckingForgets() {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        let later = noon.addingTimeInterval(90)
        session.setChecked(true, item: item("one.first"), in: part("one"), at: later)
        #expect(session.checks["one.first"] == CheckRecord(checkedAt: later, text: "First thing", partID: "one"))
        #expect(session.lastUsedAt == later)
        #expect(state(of: "one", in: session) == .inProgress)
        session.setChecked(true, item: item("one.second"), in: part("one"), at: later)
        #expect(state(of: "one", in: session) == .done)
        #expect(Progress(session: session, guide: sampleGuide).completedSteps == 1)
        session.setChecked(false, item: item("one.first"), in: part("one"), at: later)
        #expect(!session.isChecked("one.first"))
        #expect(state(of: "one", in: session) == .inProgress)
    }

    @Test func anUntouchedStepBeforeALaterOneWorkedOnIsSkipped() {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        #expect(state(of: "one", in: session) == .notStarted)
        session.setChecked(true, item: item("two.third"), in: part("two"), at: noon)
        #expect(state(of: "one", in: session) == .skipped)
        #expect(state(of: "two", in: session) == .done)
        #expect(state(of: "end", in: session) == .notStarted)
        session.setNote("later", for: part("one"), at: noon)
        #expect(state(of: "one", in: session) == .inProgress)
    }

    @Test func notesAreKeptPerPartAndEmptyNotesRemoved() {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        session.setNote("dear diary", for: part("two"), at: noon)
        #expect(session.noteText(for: "two") == "dear diary")
        #expect(state(of: "two", in: session) == .inProgress)
        session.setNote("", for: part("two"), at: noon)
        // Emptied, the note is nothing written, and its words stay restorable.
        #expect(!session.hasNote(for: "two") && state(of: "two", in: session) == .notStarted)
        #expect(session.entries(for: "two").first?.versions.map(\.text) == ["dear diary"])
    }

    @Test func resetClearsOnePartOrEverything() {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        session.setChecked(true, item: item("one.first"), in: part("one"), at: noon)
        session.setChecked(true, item: item("two.third"), in: part("two"), at: noon)
        session.setNote("a", for: part("one"), at: noon)
        session.setNote("b", for: part("two"), at: noon)
        session.reset(partID: "one", in: sampleGuide, at: noon)
        #expect(Set(session.checks.keys) == ["two.third"])
        #expect(Set(session.notes.keys) == ["two"])
        session.position.partID = "two"
        session.reset(in: sampleGuide, at: noon)
        #expect(session.checks.isEmpty && session.notes.isEmpty)
        #expect(session.position.partID == "opening")
    }

    @Test func anEditedGuideKeepsProgressByIDAndOrphansTheRest() throws {
        var session = Session(name: "s", guide: sampleGuide, now: noon)
        session.setChecked(true, item: item("one.first"), in: part("one"), at: noon)
        session.setChecked(true, item: item("two.third"), in: part("two"), at: noon)
        session.setNote("kept", for: part("one"), at: noon)
        session.setNote("orphaned", for: part("two"), at: noon)
        session.position.partID = "two"
        let edited = try GuideParser(file: "e.md").parse(Array("""
            # Sample, polished {#sample}
            ## One, reworded {#one}
            - [ ] First thing, better said {#first}
            """.utf8))
        session.adopt(edited)
        #expect(session.guideHash == edited.contentHash)
        #expect(session.position.partID == "one")
        #expect(Progress(session: session, guide: edited).checkedItems == 1)
        let orphans = Orphans(session: session, guide: edited)
        #expect(orphans.checks.map(\.id) == ["two.third"])
        #expect(orphans.checks.first?.record.text == "Third thing")
        #expect(orphans.notes.map(\.partID) == ["two"])
        #expect(session.checks.count == 2 && session.notes.count == 2)
    }
}

/// A part's state as the coach shows it, from the session alone.
private func state(of partID: String, in session: Session) -> RekindleCore.Progress.State {
    let states = RekindleCore.Progress.states(of: sampleGuide, checkedPerPart: RekindleCore.Progress.checkedPerPart(session: session, guide: sampleGuide)) {
        session.hasNote(for: $0.id)
    }
    return states[sampleGuide.parts.firstIndex { $0.id == partID }!]
}
