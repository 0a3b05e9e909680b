import Foundation
import RekindleCore
@testable import RekindleTUI

/// A fixed moment: 2026-11-18 11:06:40 UTC.
let noon = Date(timeIntervalSince1970: 1_795_000_000)

/// A state on the built-in guide, as a first run at 80x24 would start.
func makeState(size: Size = Size(width: 80, height: 24), returning: Bool = false,
               session: Session? = nil) -> AppState {
    setenv("TZ", "UTC", 1)
    tzset()
    return AppState(guide: .builtIn, session: session ?? .checked,
                    size: size, isReturning: returning, dataPath: "~/.local/share/rekindle/sessions")
}

extension AppState {
    /// Applies keys one by one at `now`, returning all effects.
    @discardableResult
    mutating func press(_ keys: Key..., now: Date = noon) -> [Effect] {
        keys.flatMap { apply(.key($0), now: now) }
    }

    /// Types text into whatever has focus.
    @discardableResult
    mutating func type(_ text: String, now: Date = noon) -> [Effect] {
        text.flatMap { apply(.key($0 == "\n" ? .enter : .character($0)), now: now) }
    }
}

extension Session {
    /// A checked session open on the first step's `pane`, its note `text`.
    static func onFirstStep(note text: String, pane: Position.Pane = .notes) -> Session {
        var session = Session.checked
        let step = Guide.builtIn.steps[0]
        session.setNote(text, for: step, at: noon)
        session.position = Position(partID: step.id, pane: pane)
        return session
    }

    /// A new session whose safety check at the opening was passed over, so Enter on the
    /// welcome opens the guide (and the session still holds nothing worth saving).
    static var checked: Session {
        var session = Session(name: "default", guide: .builtIn, now: noon)
        for question in Screening.Question.allCases { session.answer(question, .skipped, at: noon) }
        return session
    }
}
