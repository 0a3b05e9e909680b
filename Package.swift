// swift-tools-version: 6.0
import PackageDescription

// ncursesw is found through pkg-config where its headers and library are off the
// compiler's default paths (Homebrew's is keg-only). On Linux they are on the default
// paths, and Debian's and Fedora's ncursesw.pc add -D_DEFAULT_SOURCE and
// -D_XOPEN_SOURCE=600, which SwiftPM refuses with a warning on every build; there
// pkg-config is not asked, and shim.h defines what the wide-character API needs.
#if os(Linux)
let ncursesPkgConfig: String? = nil
#else
let ncursesPkgConfig: String? = "ncursesw"
#endif

let package = Package(
    name: "Rekindle",
    // macOS 15: Synchronization's Mutex (SaveQueue) and String(validating:as:). Only
    // written for, not tested: the tests run on Linux (README).
    platforms: [.macOS(.v15)],
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
            pkgConfig: ncursesPkgConfig,
            providers: [.apt(["libncurses-dev"]), .brew(["ncurses"]), .yum(["ncurses-devel"])]
        ),
        // What Swift cannot do itself: signal handlers and the terminal's crash restore
        // (a handler may only make async-signal-safe calls, and its state must exist
        // once, not once per file that includes a header), and wcwidth.
        .target(name: "CPlatform"),
        .target(
            name: "RekindleCore",
            resources: [
                .embedInCode("Guide/BuiltInGuide.md"), .embedInCode("Guide/BuiltInGuide.fr.md"),
                .embedInCode("Text/en.catalog"), .embedInCode("Text/fr.catalog"),
            ]
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
        .testTarget(name: "RekindleCoreTests", dependencies: ["RekindleCore", "RekindleCrypto", "TestSupport"], exclude: ["SessionSamples", "SealedSamples"]),
        .testTarget(name: "RekindleTUITests", dependencies: ["RekindleTUI", "RekindleCore", "TestSupport"], exclude: ["Snapshots"]),
        .testTarget(name: "RekindleWalkTests", dependencies: ["RekindleWalk", "RekindleCore", "TestSupport"]),
        .testTarget(name: "EndToEndTests", dependencies: ["RekindleCore", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
