#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The environment variables rekindle reads: the ones it uses, and only those, are
/// handed on (to the coach, and to the external editor's choice).
enum Environment {
    static let names = ["REKINDLE_DATA_DIR", "XDG_DATA_HOME", "HOME", "NO_COLOR", "VISUAL", "EDITOR", "TMPDIR",
                        "REKINDLE_TEST_CRASH_KEY", "REKINDLE_THEME", "REKINDLE_DISCREET", "LC_ALL", "LC_MESSAGES", "LANG"]

    static func read() -> [String: String] {
        var values: [String: String] = [:]
        for name in names {
            if let value = getenv(name) { values[name] = String(cString: value) }
        }
        return values
    }
}
