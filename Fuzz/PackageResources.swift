// Stands in for the resource accessor SwiftPM generates; the fuzz targets never use
// the built-in guide.
enum PackageResources {
    static let BuiltInGuide_md: [UInt8] = []
}
