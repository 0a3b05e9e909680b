import RekindleCore

/// The run loop's clock for when a save starts. Read directly: `ContinuousClock` and
/// `Duration` arithmetic run through the standard library's 128-bit integer code, and
/// every check touched 7 pages of code for them to time a wait of 8 ms.
enum MonotonicClock {
    /// Nanoseconds since an arbitrary moment; never goes back.
    static func nanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
