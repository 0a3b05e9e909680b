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
            return L("store.unreadable", name, path.abbreviatingHome, reason)
        case let .locked(name, pid):
            return pid.map { L("store.lockedByPID", name, $0) } ?? L("store.locked", name)
        case let .io(operation, path, reason):
            return L("store.io", operation, path.abbreviatingHome, reason)
        case let .invalidName(name):
            return L("store.invalidName", VisibleText.line(name), SessionNaming.maximumBytes)
        case let .notFound(name):
            return L("store.notFound", name)
        case let .sealed(name):
            return L("store.sealed", name)
        case let .alreadyExists(name):
            return L("store.alreadyExists", name)
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
