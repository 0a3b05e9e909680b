extension Guide {
    /// The English guide's Markdown source, compiled into the binary so an installed
    /// `rekindle` works from any directory with no resource files beside it.
    public static let builtInSource: [UInt8] = PackageResources.BuiltInGuide_md

    /// The built-in guide in English, parsed from its Markdown on first use. The tests
    /// check that it parses without problems, so a broken edit fails them rather than a start.
    public static let builtIn: Guide = parseBuiltIn(builtInSource)

    /// The built-in guide in French (`get-back-together-fr`), with its own help section.
    public static let builtInFrench: Guide = parseBuiltIn(PackageResources.BuiltInGuide_fr_md)

    /// The built-in guide in `language`: the one a new session follows.
    public static func builtIn(for language: Language) -> Guide {
        switch language {
        case .english: builtIn
        case .french: builtInFrench
        }
    }

    /// The built-in guide with this id, whatever the interface's language: a session
    /// keeps the guide it started with. Nil for an id no built-in guide has.
    public static func builtIn(id: String) -> Guide? {
        Language.allCases.lazy.map(builtIn(for:)).first { $0.id == id }
    }

    /// The Markdown source of the built-in guide in `language` (`rekindle guide show`).
    public static func builtInSource(for language: Language) -> [UInt8] {
        switch language {
        case .english: builtInSource
        case .french: PackageResources.BuiltInGuide_fr_md
        }
    }

    private static func parseBuiltIn(_ source: [UInt8]) -> Guide {
        do {
            return try GuideParser(file: "built-in guide").parse(source)
        } catch {
            fatalError("the built-in guide does not parse: \(error)")
        }
    }
}
