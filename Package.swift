// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Rekindle",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "rekindle", targets: ["rekindle"]),
        // For the benchmark package under Benchmarks/, which times saves and loads in process.
        .library(name: "RekindleCore", targets: ["RekindleCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "4.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNcurses",
            providers: [.apt(["libncurses-dev"])]
        ),
        // What Swift cannot do itself: signal handlers and the terminal's crash restore
        // (a handler may only make async-signal-safe calls, and its state must exist
        // once, not once per file that includes a header), and wcwidth.
        .target(name: "CPlatform"),
        .target(
            name: "RekindleCore",
            resources: [.embedInCode("Guide/BuiltInGuide.md")]
        ),
        .target(
            name: "RekindleCrypto",
            dependencies: [
                "RekindleCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "CryptoExtras", package: "swift-crypto"),
            ]
        ),
        .target(
            name: "RekindleTUI",
            dependencies: ["RekindleCore", "CNcurses", "CPlatform"]
        ),
        // The coach line by line (`rekindle walk`): plain text in and out, no terminal.
        .target(name: "RekindleWalk", dependencies: ["RekindleCore"]),
        .executableTarget(
            name: "rekindle",
            dependencies: [
                "RekindleCore",
                "RekindleTUI",
                "RekindleWalk",
                "RekindleCrypto",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", path: "Tests/Support"),
        // Session files of every shape written so far, read by path (SessionSampleTests).
        .testTarget(name: "RekindleCoreTests", dependencies: ["RekindleCore", "RekindleCrypto", "TestSupport"], exclude: ["SessionSamples"]),
        .testTarget(name: "RekindleTUITests", dependencies: ["RekindleTUI", "RekindleCore", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "RekindleWalkTests", dependencies: ["RekindleWalk", "RekindleCore", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RekindleCore", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
