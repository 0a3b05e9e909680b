/// Everything that can go wrong opening or saving a session, each worded as one line
/// a person can act on.
public enum StoreError: Error, Equatable, CustomStringConvertible {
    /// The file exists but cannot be used; it is left exactly as it is.
    case unreadable(name: String, path: String, reason: String)
    case locked(name: String, pid: Int32?)
    case io(operation: String, path: String, reason: String)
    case invalidName(String)
    case notFound(name: String)
    case alreadyExists(name: String)
    /// The session is encrypted and no passphrase was given.
    case sealed(name: String)

    public var description: String {
        switch self {
        case let .unreadable(name, path, reason):
            return "cannot open session '\(name)': \(path.abbreviatingHome) \(reason); it was left untouched. Fix or move it aside, then run rekindle again."
        case let .locked(name, pid):
            let who = pid.map { "another rekindle (pid \($0))" } ?? "another rekindle"
            return "session '\(name)' is open in \(who). Close that one first, or use --session to open a different session."
        case let .io(operation, path, reason):
            return "cannot \(operation) \(path.abbreviatingHome): \(reason)"
        case let .invalidName(name):
            return "invalid session name '\(name)': use up to 64 letters, digits, '-', '_' or '.', not starting with '.'"
        case let .notFound(name):
            return "no session named '\(name)'. Run 'rekindle list' to see the sessions."
        case let .sealed(name):
            return "session '\(name)' is encrypted; its passphrase is needed to open it"
        case let .alreadyExists(name):
            return "a session named '\(name)' already exists; use --force to replace it or --as to pick another name"
        }
    }
}

extension String {
    /// `~/…` for paths in the home folder: shorter, and what people recognise.
    var abbreviatingHome: String {
        guard let home = getenv("HOME").map({ String(cString: $0) }), !home.isEmpty, home != "/",
              hasPrefix(home + "/") else { return self }
        return "~" + dropFirst(home.count)
    }
}
