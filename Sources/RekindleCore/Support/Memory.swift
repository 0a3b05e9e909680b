#if canImport(Glibc)
import Glibc
#endif

/// How the process uses memory when notes are long.
public enum Memory {
    /// Reading, encoding and saving a 1 MB note each need a buffer of about 1 MB,
    /// for a moment. Mapped on their own, such buffers go back to the system when
    /// freed; by default glibc raises this threshold after the first one is freed and
    /// keeps all later ones in the heap for good (about 4 MB more for a 1 MB note).
    public static func returnLargeBuffersWhenFreed() {
        #if canImport(Glibc)
        // mallopt is not in Swift's Glibc module; the option numbers are from <malloc.h>.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        // Over 512 KB, and the heap is trimmed only once 1 MB is free at its top, so a
        // frame made on every key (160 KB at 250x80) reuses the same memory.
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        _ = mallopt(-3, 512 * 1024) // M_MMAP_THRESHOLD
        _ = mallopt(-1, 1024 * 1024) // M_TRIM_THRESHOLD
        #endif
    }
}
