// Re-exported so every file of the core imports the same, lighter Foundation:
// FoundationEssentials avoids loading ICU (about 2 ms and 6 MB at start-up).
#if canImport(FoundationEssentials)
@_exported import FoundationEssentials
#else
@_exported import Foundation
#endif
