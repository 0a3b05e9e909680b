/// Rekindle's version, kept in this one place: `rekindle --version` prints it, the man
/// page's footer and `make dist`'s tarball name read it, and CHANGELOG.md has a section
/// for it (`ChangelogTests`).
public enum Version {
    public static let current = "0.1.0"
}
