import RekindleCore

/// The session picker: the sessions on disk, and a name being typed for a new one.
struct PickerState: Equatable, Sendable {
    var sessions: [SessionSummary] = []
    var cursor = ListCursor()
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
        if picker.cursor.move(key, last: picker.sessions.count - 1, page: max(1, size.height - 6)) { return [] }
        switch key {
        case KeyMap.newSession: picker.naming = ""
        case KeyMap.choose:
            guard picker.sessions.indices.contains(picker.cursor.index) else { return [] }
            let name = picker.sessions[picker.cursor.index].name
            if name == session.name {
                closeOverlay()
                return []
            }
            return switchTo(name, now: now)
        case KeyMap.back, KeyMap.quit, KeyMap.sessions: closeOverlay()
        default: break
        }
        return []
    }

    private mutating func switchTo(_ name: String, now: Date) -> [Effect] {
        prepareSave(now: now) + [.switchSession(name)]
    }
}
