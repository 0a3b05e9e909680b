import Foundation
import RekindleCore
@testable import RekindleTUI

/// A fixed moment: 2026-11-18 11:06:40 UTC.
let noon = Date(timeIntervalSince1970: 1_795_000_000)

/// A state on the built-in guide, as a first run at 80x24 would start.
func makeState(size: Size = Size(width: 80, height: 24), returning: Bool = false,
               session: Session? = nil) -> AppState {
    setenv("TZ", "UTC", 1)
    tzset()
    return AppState(guide: .builtIn, session: session ?? Session(name: "default", guide: .builtIn, now: noon),
                    size: size, isReturning: returning, dataPath: "~/.local/share/rekindle/sessions")
}

extension AppState {
    /// Applies keys one by one at `now`, returning all effects.
    @discardableResult
    mutating func press(_ keys: Key..., now: Date = noon) -> [Effect] {
        keys.flatMap { apply(.key($0), now: now) }
    }

    /// Types text into whatever has focus.
    @discardableResult
    mutating func type(_ text: String, now: Date = noon) -> [Effect] {
        text.flatMap { apply(.key($0 == "\n" ? .enter : .character($0)), now: now) }
    }
}

/// A small reproducible generator (SplitMix64) for randomised tests: each prints its
/// seed, and REKINDLE_SEED=N runs it again with that seed.
struct SeededGenerator: RandomNumberGenerator {
    let seed: UInt64
    private var state: UInt64

    init(seed: UInt64) {
        self.seed = seed
        state = seed
    }

    /// A generator with a new seed (or REKINDLE_SEED's), printed for `test`.
    static func forTest(_ test: String) -> SeededGenerator {
        let seed = ProcessInfo.processInfo.environment["REKINDLE_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 0...UInt64.max)
        print("\(test): seed \(seed) (REKINDLE_SEED=\(seed) repeats it)")
        return SeededGenerator(seed: seed)
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
