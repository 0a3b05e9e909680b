/// Keeps notes out of places nobody chose to put them.
public enum Privacy {
    /// No core file may be written while notes are in memory: a crash must not
    /// leave a person's words in a file on disk.
    public static func disableCoreDumps() {
        var none = rlimit(rlim_cur: 0, rlim_max: 0)
        #if canImport(Glibc)
        // glibc declares the resource as an enum and setrlimit as taking its raw value.
        _ = setrlimit(__rlimit_resource_t(RLIMIT_CORE.rawValue), &none)
        #else
        _ = setrlimit(RLIMIT_CORE, &none)
        #endif
    }
}
