import RekindleCore

/// Timing with a monotonic clock: runs a body repeatedly and reports percentiles.
enum Measure {
    struct Result {
        var median: Duration
        var p95: Duration
    }

    /// Runs `body` `iterations` times (after a few warm-up runs) and times each run.
    static func run(iterations: Int, warmUp: Int = 3, _ body: () throws -> Void) rethrows -> Result {
        for _ in 0..<warmUp { try body() }
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let start = clock.now
            try body()
            samples.append(clock.now - start)
        }
        samples.sort()
        return Result(median: samples[samples.count / 2], p95: samples[min(samples.count - 1, samples.count * 95 / 100)])
    }
}

extension Duration {
    /// Milliseconds with three decimals.
    var milliseconds: String {
        let (seconds, attoseconds) = components
        let ms = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return String(format3: ms) + " ms"
    }
}

extension String {
    init(format3 value: Double) {
        let scaled = (value * 1000).rounded() / 1000
        var text = "\(scaled)"
        if let dot = text.firstIndex(of: ".") {
            let decimals = text.distance(from: dot, to: text.endIndex) - 1
            if decimals < 3 { text += String(repeating: "0", count: 3 - decimals) }
        }
        self = text
    }
}
