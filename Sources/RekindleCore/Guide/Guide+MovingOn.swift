extension Guide {
    /// The path after a "no" to reconciling: the closing first, then the steps that
    /// serve anyone (`{.moving-on}`), in the guide's order.
    public var movingOnPath: [Part] {
        parts.filter { $0.kind == .closing } + parts.filter { $0.kind == .step && $0.servesAnyone }
    }

    /// Whether a part is set aside for this session: a step about getting in touch,
    /// after the person decided against reconciling.
    public func isSetAside(_ part: Part, in session: Session) -> Bool {
        session.isMovingOn && part.involvesContact
    }
}
