import Foundation
import Testing
import RekindleCore
import TestSupport
@testable import RekindleTUI

/// The French interface on the French guide: the welcome and a step page, at the
/// sizes where the words are tightest.
extension ScreenSnapshotTests {
    static let frenchSizes = [Size(width: 50, height: 16), Size(width: 80, height: 24)]

    /// A French session part-way through, as `progressed` is in English.
    func progressedInFrench(_ size: Size) -> AppState {
        let guide = Guide.builtInFrench
        var session = Session(name: "Après l'été", guide: guide, now: noon)
        let step = guide.steps[0]
        session.setChecked(true, item: step.checklist[0], in: step, at: noon.addingTimeInterval(3600))
        session.setNote("Un foyer. é 中文 😀\nEt mes amis perdus.", for: step, at: noon.addingTimeInterval(7300))
        session.position = Position(partID: step.id, pane: .checklist, checklistCursor: 1)
        _ = makeState(size: size)  // for its time zone, UTC
        return AppState(guide: guide, session: session, size: size, isReturning: true, dataPath: "~/.local/share/rekindle/sessions")
    }

    @Test(arguments: frenchSizes)
    func frenchWelcomeFirstRun(size: Size) throws {
        try Catalog.$language.withValue(.french) {
            let state = AppState(guide: .builtInFrench, session: Session(name: "default", guide: .builtInFrench, now: noon), size: size,
                                 isReturning: false, dataPath: "~/.local/share/rekindle/sessions")
            try assertSnapshot(state, "fr-welcome-first", size)
        }
    }

    @Test(arguments: frenchSizes)
    func frenchStepWithChecklistFocused(size: Size) throws {
        try Catalog.$language.withValue(.french) {
            var state = progressedInFrench(size)
            state.press(.enter)
            try assertSnapshot(state, "fr-step-checklist", size)
        }
    }
}
