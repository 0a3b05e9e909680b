// swift-tools-version: 6.0
// The save and load figures of `make bench`, and the program that shows the RSS floor,
// in their own package so `make test` never builds them.
import Foundation
import PackageDescription

/// SwiftPM names a path dependency after its folder, which differs between clones.
let rekindle = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().lastPathComponent

let package = Package(
    name: "RekindleBenchmarks",
    dependencies: [.package(path: "..")],
    targets: [
        .executableTarget(
            name: "RekindleBench",
            dependencies: [.product(name: "RekindleCore", package: rekindle)]
        ),
        .executableTarget(name: "RSSFloor"),
    ],
    swiftLanguageModes: [.v6]
)
