/// A session opened to work on, held by its lock until this is let go.
public struct OpenedSession {
    public let lock: SessionLock
    /// As saved, brought up to date with the guide; or new.
    public var session: Session
    /// The guide it follows: the file given, or the built-in guide in its language.
    public let guide: Guide
    /// Whether it was saved before (a new session is not on disk yet).
    public let existed: Bool
    /// What it is sealed with, if it is encrypted.
    public let seal: (any SessionSeal)?
}

extension SessionStore {
    /// Locks a session, then reads it, or starts it when there is none: the one way
    /// the coach opens a session, at start and when switching. `unseal` gives the
    /// seal of an encrypted session (it may ask for the passphrase), once the lock is
    /// held. Throws rather than starting afresh over a file it cannot read. A saved
    /// session keeps the built-in guide of its language (see `GuideChoice`).
    public func open(_ name: String, guide choice: GuideChoice, now: Date,
                     unseal: (_ name: String) throws -> (any SessionSeal)? = { _ in nil }) throws -> OpenedSession {
        try Self.validate(name)
        let lock = try lock(name)
        let seal = try unseal(name)
        let existing = try load(name, seal: seal)
        let guide = choice.guide(forSessionGuideID: existing?.guideID)
        var session = existing ?? Session(name: name, guide: guide, now: now)
        session.adopt(guide)
        return OpenedSession(lock: lock, session: session, guide: guide, existed: existing != nil, seal: seal)
    }

    /// The saved session, or `notFound`.
    public func existing(_ name: String, seal: (any SessionSeal)? = nil) throws(StoreError) -> Session {
        guard let session = try load(name, seal: seal) else { throw StoreError.notFound(name: name) }
        return session
    }

    /// Runs `body` while holding the session's lock, so no coach changes it meanwhile.
    public func whileLocked<T>(_ name: String, _ body: () throws -> T) throws -> T {
        let lock = try lock(name)
        defer { withExtendedLifetime(lock) {} }
        return try body()
    }
}
