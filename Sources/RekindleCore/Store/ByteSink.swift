/// Where encoded bytes go, a piece at a time: a file as it is written, or memory.
/// Lets a session be written without first holding all of it, notes and all, encoded.
protocol ByteSink {
    associatedtype Failure: Error
    mutating func write(_ bytes: UnsafeRawBufferPointer) throws(Failure)
}

extension ByteSink {
    mutating func write(_ bytes: some RandomAccessCollection<UInt8>) throws(Failure) {
        // withContiguousStorageIfAvailable rethrows untyped errors; a Result keeps the type.
        let written = bytes.withContiguousStorageIfAvailable { buffer in
            Result { () throws(Failure) in try write(UnsafeRawBufferPointer(buffer)) }
        }
        try (written ?? Array(bytes).withUnsafeBytes { raw in Result { () throws(Failure) in try write(raw) } }).get()
    }
}

extension Array: ByteSink where Element == UInt8 {
    mutating func write(_ bytes: UnsafeRawBufferPointer) {
        append(contentsOf: bytes)
    }
}

/// A file descriptor behind a 64 KB buffer: small pieces are gathered into few writes.
struct FileSink: ByteSink {
    let fd: Int32
    let path: String
    private var buffer: [UInt8] = []
    private static let capacity = 1 << 16

    init(fd: Int32, path: String) {
        self.fd = fd
        self.path = path
        buffer.reserveCapacity(Self.capacity)
    }

    mutating func write(_ bytes: UnsafeRawBufferPointer) throws(POSIX.Failure) {
        if buffer.count + bytes.count > Self.capacity { try flush() }
        if bytes.count >= Self.capacity {
            try POSIX.writeAll(fd, bytes, path: path)
        } else {
            buffer.append(contentsOf: bytes)
        }
    }

    /// Writes out what is gathered; call before fsync.
    mutating func flush() throws(POSIX.Failure) {
        try buffer.withUnsafeBytes { raw in Result { () throws(POSIX.Failure) in try POSIX.writeAll(fd, raw, path: path) } }.get()
        buffer.removeAll(keepingCapacity: true)
    }
}
