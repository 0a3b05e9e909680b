import RekindleCore

/// The session picker: the sessions on disk, and a name being typed for a new one.
struct PickerState: Equatable, Sendable {
    var sessions: [SessionSummary] = []
    var cursor = 0
    /// Non-nil while the person types a new session's name.
    var naming: String?
}

extension AppState {
    mutating func handlePickerKey(_ key: Key, now: Date) -> [Effect] {
        if let name = picker.naming {
            switch key {
            case .character(let character) where name.count < 64: picker.naming = name + String(character)
            case .backspace: picker.naming = String(name.dropLast())
            case .escape: picker.naming = nil
            case .enter:
                do {
                    try SessionStore.validate(name)
                } catch {
                    status = Status(text: "\(error)", isError: true)
                    return []
                }
                picker.naming = nil
                return switchTo(name, now: now)
            default: break
            }
            return []
        }
        switch key {
        case .up, .character("k"): picker.cursor = max(0, picker.cursor - 1)
        case .down, .character("j"): picker.cursor = min(max(0, picker.sessions.count - 1), picker.cursor + 1)
        case .character("n"): picker.naming = ""
        case .enter:
            guard picker.sessions.indices.contains(picker.cursor) else { return [] }
            let name = picker.sessions[picker.cursor].name
            if name == session.name {
                closeOverlay()
                return []
            }
            return switchTo(name, now: now)
        case .escape, .character("q"), .character("s"): closeOverlay()
        case .character("?"), .function(1): return open(.help)
        default: break
        }
        return []
    }

    private mutating func switchTo(_ name: String, now: Date) -> [Effect] {
        prepareSave(now: now) + [.switchSession(name)]
    }
}
