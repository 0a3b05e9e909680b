extension Guide {
    /// The guide's Markdown source, compiled into the binary so an installed
    /// `rekindle` works from any directory with no resource files beside it.
    public static let builtInSource: [UInt8] = PackageResources.BuiltInGuide_md

    /// The built-in guide, parsed from its Markdown on first use. The tests check that
    /// it parses without problems, so a broken edit fails them rather than a start.
    public static let builtIn: Guide = {
        do {
            return try GuideParser(file: "built-in guide").parse(builtInSource)
        } catch {
            fatalError("the built-in guide does not parse: \(error)")
        }
    }()
}
