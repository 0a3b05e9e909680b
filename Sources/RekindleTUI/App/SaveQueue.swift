import Dispatch
import RekindleCore
import Synchronization

/// Saves sessions one after another on a background thread, so a keystroke never
/// waits for JSON encoding or an fsync (about 4 ms with a 1 MB note). The run loop
/// collects the outcomes between events, and waits for them whenever what it does
/// next needs everything on disk (quitting, the external editor, switching sessions).
final class SaveQueue: Sendable {
    typealias Outcome = Result<NoteSync, StoreError>

    private struct Progress {
        var queued = 0
        var finished: [Outcome] = []
    }

    private let queue = DispatchQueue(label: "rekindle.save")
    private let progress = Mutex(Progress())

    /// Queues a save of the session as the request has it (later changes are not in it).
    func save(_ request: SaveRequest, to store: SessionStore, seal: (any SessionSeal)?) {
        progress.withLock { $0.queued += 1 }
        queue.async { [self] in
            let outcome = Outcome { () throws(StoreError) in
                let (session, noteTexts, sync) = request.resolved()
                try store.save(session, noteTexts: noteTexts, seal: seal)
                return sync
            }
            progress.withLock {
                $0.queued -= 1
                $0.finished.append(outcome)
            }
        }
    }

    /// Blocks until every queued save has finished.
    func wait() {
        queue.sync {}
    }

    /// The outcomes finished since the last call, oldest first, and whether saves
    /// are still queued (whose outcomes will supersede these).
    func collect() -> (outcomes: [Outcome], stillQueued: Bool) {
        progress.withLock { progress in
            defer { progress.finished = [] }
            return (progress.finished, progress.queued > 0)
        }
    }
}
