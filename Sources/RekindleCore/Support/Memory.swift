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
        // mallopt is not in Swift's Glibc module; M_MMAP_THRESHOLD is -3 in <malloc.h>.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let symbol = dlsym(nil, "mallopt") else { return }
        _ = unsafeBitCast(symbol, to: Mallopt.self)(-3, 128 * 1024)
        #endif
    }
}
