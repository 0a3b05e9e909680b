// Stands in for the resource accessor SwiftPM generates; the fuzz targets never use
// the built-in guides or the interface catalogues.
enum PackageResources {
    static let BuiltInGuide_md: [UInt8] = []
    static let BuiltInGuide_fr_md: [UInt8] = []
    static let en_catalog: [UInt8] = []
    static let fr_catalog: [UInt8] = []
}
