extension Guide {
    /// The guide's Markdown source, compiled into the binary so an installed
    /// `rekindle` works from any directory with no resource files beside it.
    public static let builtInSource: [UInt8] = PackageResources.BuiltInGuide_md

    /// The built-in guide, parsed. Its source is checked by the tests, so a failure
    /// here would be a build defect, not a user error.
    public static let builtIn: Guide = {
        do {
            return try GuideParser(file: "built-in guide").parse(builtInSource)
        } catch {
            fatalError("the built-in guide is invalid:\n\(error)")
        }
    }()
}
