import RekindleCore

/// What the safety check and time say: where a part opens, and on the welcome back.
extension Conversation {
    /// What is said where a part opens: help first after a yes to harming oneself, then
    /// what getting in touch means now (`Session.contactNotices`).
    func notices(now: Date) -> [String] {
        let selfHarm = session.screening?.thinkingOfSelfHarm?.choice == .yes ? [L("walk.notice.selfHarm")] : []
        return selfHarm + session.contactNotices(for: part, in: guide, at: now, zone: zone, setAside: L("walk.notice.setAside"))
    }

    /// What time is doing, said on the welcome back and by `where`.
    func timeFacts(now: Date) -> [String] { session.timeFacts(in: guide, at: now, zone: zone) }
}
