import Synchronization

/// Where stamps come from: one counter for the whole program, so no two changes
/// anywhere share a stamp.
private let source = Atomic<UInt64>(0)

/// Stamps mark a change to something (a frame's row, a state's checks): whoever kept
/// the stamp of what they last read knows, by comparing one number, whether it is still
/// the same, without reading it again.
enum Stamp {
    /// A stamp no change before it has had.
    static func next() -> UInt64 {
        source.wrappingAdd(1, ordering: .relaxed).newValue
    }
}
