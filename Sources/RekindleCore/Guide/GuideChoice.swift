/// Which guide sessions follow: a file the person named (`--guide FILE`), or the
/// built-in guide, in the language of the session when it has one.
public enum GuideChoice: Sendable {
    /// The guide given (a file, with `--guide`), for every session.
    case given(Guide)
    /// The built-in guide: a new session starts in `language`'s, a saved one keeps its own.
    case builtIn(Language)

    /// The guide for a session that follows `guideID` (nil for a new session): a
    /// French session opens with the French guide whatever the interface's language.
    public func guide(forSessionGuideID guideID: String?) -> Guide {
        switch self {
        case .given(let guide):
            return guide
        case .builtIn(let language):
            return guideID.flatMap(Guide.builtIn(id:)) ?? Guide.builtIn(for: language)
        }
    }
}
