extension SessionStore {
    /// The session to work on: the saved one brought up to date with `guide`, or a
    /// new one. Throws rather than starting afresh over a file it cannot read.
    public func loadOrCreate(_ name: String, guide: Guide, now: Date, seal: (any SessionSeal)? = nil) throws(StoreError) -> Session {
        guard var session = try load(name, seal: seal) else { return Session(name: name, guide: guide, now: now) }
        session.adopt(guide)
        return session
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
