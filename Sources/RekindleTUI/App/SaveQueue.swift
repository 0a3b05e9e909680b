import Dispatch
import RekindleCore
import Synchronization

/// Saves sessions one after another on a background thread, so a keystroke never
/// waits for JSON encoding or an fsync (about 4 ms with a 1 MB note). The run loop
/// collects the outcomes between events, and waits for them whenever what it does
/// next needs everything on disk (quitting, the external editor, switching sessions).
final class SaveQueue: Sendable {
    typealias Outcome = Result<Void, StoreError>

    private struct Progress {
        var queued = 0
        var finished: [Outcome] = []
    }

    private let queue = DispatchQueue(label: "rekindle.save")
    private let progress = Mutex(Progress())
    /// Whether outcomes wait to be collected: the run loop asks after every key, and
    /// most of the time the answer is no, which this tells without taking the lock.
    private let hasFinished = Atomic(false)
    /// Saves queued whose outcomes are not collected yet.
    private let outstanding = Atomic(0)

    /// Whether a save is under way or its outcome waits to be collected.
    var isBusy: Bool { outstanding.load(ordering: .relaxed) > 0 }

    /// Queues a save of the session as it is now (a value: later changes are not in it).
    func save(_ session: Session, to store: SessionStore, seal: (any SessionSeal)?) {
        progress.withLock { $0.queued += 1 }
        outstanding.add(1, ordering: .relaxed)
        queue.async { [self] in
            let outcome = Outcome { () throws(StoreError) in try store.save(session, seal: seal) }
            progress.withLock {
                $0.queued -= 1
                $0.finished.append(outcome)
            }
            hasFinished.store(true, ordering: .releasing)
        }
    }

    /// Runs other work on the same thread, after the saves queued before it: it delays
    /// neither a key nor the first screen, and `wait` waits for it too.
    func inBackground(_ work: @escaping @Sendable () -> Void) {
        queue.async(execute: work)
    }

    /// Blocks until every queued save (and other work) has finished.
    func wait() {
        queue.sync {}
    }

    /// The outcomes finished since the last call, oldest first, and (when there are
    /// some) whether saves are still queued, whose outcomes will supersede these.
    func collect() -> (outcomes: [Outcome], stillQueued: Bool) {
        guard hasFinished.load(ordering: .acquiring) else { return ([], false) }
        return progress.withLock { progress in
            hasFinished.store(false, ordering: .relaxed)
            defer {
                outstanding.subtract(progress.finished.count, ordering: .relaxed)
                progress.finished = []
            }
            return (progress.finished, progress.queued > 0)
        }
    }
}
