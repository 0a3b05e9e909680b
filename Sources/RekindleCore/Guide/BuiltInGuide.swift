extension Guide {
    /// The guide's Markdown source, compiled into the binary so an installed
    /// `rekindle` works from any directory with no resource files beside it.
    /// `builtIn` is what the parser makes of it, written out as Swift
    /// (BuiltInGuide+Parsed.swift) so that a start does not parse it.
    public static let builtInSource: [UInt8] = PackageResources.BuiltInGuide_md
}
