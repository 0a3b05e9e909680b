import RekindleCore

/// Timing with a monotonic clock: runs a body repeatedly and reports percentiles.
enum Measure {
    struct Result {
        var median: Duration
        var p95: Duration
    }

    /// Runs `body` `iterations` times (after a few warm-up runs) and times each run.
    /// What `body` returns is freed after its run's clock has stopped: a figure such
    /// as a parse is the time to make the result, not also to free it (see `freeing`).
    static func run<Made>(iterations: Int, warmUp: Int = 3, _ body: () throws -> Made) rethrows -> Result {
        for _ in 0..<warmUp { _ = try body() }
        let clock = ContinuousClock()
        var samples: [Duration] = []
        samples.reserveCapacity(iterations)
        for _ in 0..<iterations {
            let start = clock.now
            let made = try body()
            samples.append(clock.now - start)
            withExtendedLifetime(made) {}
        }
        return summary(of: samples)
    }

    /// Runs each of `bodies` `iterations` times, one after another in turn, the first
    /// of them changing each time, so that figures to be compared meet the same
    /// moments of the machine. One result per body.
    static func inTurn(iterations: Int, warmUp: Int = 3, _ bodies: [() -> Void]) -> [Result] {
        for _ in 0..<warmUp { bodies.forEach { $0() } }
        let clock = ContinuousClock()
        var samples = Array(repeating: [Duration](), count: bodies.count)
        for iteration in 0..<iterations {
            for turn in 0..<bodies.count {
                let body = (iteration + turn) % bodies.count
                let start = clock.now
                bodies[body]()
                samples[body].append(clock.now - start)
            }
        }
        return samples.map(summary)
    }

    /// Times only freeing what `make` returns, `iterations` times.
    static func freeing<Made>(iterations: Int, _ make: () throws -> Made) rethrows -> Result {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        for _ in 0..<iterations {
            var made = [try make()]
            let start = clock.now
            empty(&made)
            samples.append(clock.now - start)
        }
        return summary(of: samples)
    }

    /// Out of line, so the optimizer cannot free the value before the clock starts.
    @inline(never)
    private static func empty<Made>(_ made: inout [Made]) {
        made.removeAll()
    }

    private static func summary(of samples: [Duration]) -> Result {
        let samples = samples.sorted()
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
