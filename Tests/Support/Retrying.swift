import Foundation

/// Calls `attempt` until it gives a value or `seconds` have passed (then nil): for
/// what another process, or a program another test starts, lets go of a moment later.
public func retrying<T>(for seconds: TimeInterval, _ attempt: () -> T?) -> T? {
    let deadline = Date().addingTimeInterval(seconds)
    while true {
        if let value = attempt() { return value }
        guard Date() < deadline else { return nil }
        usleep(10_000)
    }
}
