import Foundation

/// A small reproducible generator (SplitMix64) for randomised tests: each prints its
/// seed, and REKINDLE_SEED=N runs it again with that seed.
public struct SeededGenerator: RandomNumberGenerator {
    public let seed: UInt64
    private var state: UInt64

    public init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// A generator with a new seed (or REKINDLE_SEED's), printed for `test`.
    public static func forTest(_ test: String) -> SeededGenerator {
        let seed = ProcessInfo.processInfo.environment["REKINDLE_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max)
        print("\(test): seed \(seed) (REKINDLE_SEED=\(seed) repeats it)")
        return SeededGenerator(seed: seed)
    }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
