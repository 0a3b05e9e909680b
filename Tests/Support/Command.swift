import Foundation

/// Runs a program to completion and captures what it printed.
public struct Command: Sendable {
    public struct Result: Sendable {
        public var status: Int32
        public var stdout: String
        public var stderr: String
    }

    public var executable: String
    public var arguments: [String]
    public var environment: [String: String] = ProcessInfo.processInfo.environment
    public var input: String?

    public init(_ executable: String, _ arguments: [String], environment: [String: String]? = nil, input: String? = nil) {
        self.executable = executable
        self.arguments = arguments
        if let environment { self.environment = environment }
        self.input = input
    }

    public func run() throws -> Result {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.environment = environment
        let out = Pipe(), err = Pipe(), stdin = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(Data(input.utf8)) }
        try stdin.fileHandleForWriting.close()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus,
                      stdout: String(decoding: outData, as: UTF8.self),
                      stderr: String(decoding: errData, as: UTF8.self))
    }
}
