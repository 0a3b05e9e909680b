/// A session file read in pieces with its long strings (a note's text) taken out:
/// each is unescaped straight from the file into a string of its own, and the rest of
/// the document, a few kilobytes, keeps a marker in its place for `JSONDecoder`. Read
/// whole and then decoded, a file with a 1 MB note holds its bytes and the decoded
/// text at once: 2 MB at the peak instead of 1.
struct LongStrings {
    /// Strings at least this long in the file (escapes and all) are taken out.
    static let threshold = 1 << 14
    private static let pieceSize = 1 << 16

    /// The document, with a marker string in place of each long one.
    private(set) var skeleton: [UInt8] = []
    /// The long strings, by the marker that stands for each.
    private(set) var texts: [String: String] = [:]

    /// Reads the file; nil when it is better read whole: sealed, without long strings,
    /// or with something in a long string that JSON does not allow (the plain reading
    /// then gives the same session, or the same error, as it always did).
    static func read(_ path: String) throws(POSIX.Failure) -> LongStrings? {
        let fd = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard fd >= 0 else { throw POSIX.Failure(operation: "open", path: path, code: errno) }
        defer { close(fd) }
        // A file shorter than a long string has none: left to the whole reading unread.
        var status = stat()
        guard fstat(fd, &status) == 0, status.st_size >= threshold else { return nil }
        var buffer = [UInt8](repeating: 0, count: pieceSize)
        var reader = LongStrings()
        guard let spans = try reader.scan(fd, path: path, buffer: &buffer), !spans.isEmpty else { return nil }
        for span in spans {
            guard let text = try unescape(span, of: fd, path: path, buffer: &buffer) else { return nil }
            reader.texts[span.marker] = text
        }
        return reader
    }

    /// A long string: where its contents are in the file, and the marker in its place.
    private struct Span {
        var contents: Range<Int>
        var marker: String
    }

    /// Copies the file into the skeleton with a marker in place of each long string's
    /// contents. Nil when the file is sealed or a string does not end.
    private mutating func scan(_ fd: Int32, path: String, buffer: inout [UInt8]) throws(POSIX.Failure) -> [Span]? {
        let tag = UInt64.random(in: 0...UInt64.max)
        var spans: [Span] = []
        var inString = false, escaped = false, long = false
        var stringStart = 0, skeletonStart = 0, fileOffset = 0
        while true {
            let count = try Self.read(fd, into: &buffer, at: fileOffset, upTo: Self.pieceSize, path: path)
            if count == 0 { break }
            if fileOffset == 0 && SealedFile.isSealed(Array(buffer[0..<count])) { return nil }
            for index in 0..<count {
                let byte = buffer[index]
                let offset = fileOffset + index
                if !inString {
                    skeleton.append(byte)
                    if byte == UInt8(ascii: "\"") {
                        (inString, escaped, long) = (true, false, false)
                        (stringStart, skeletonStart) = (offset + 1, skeleton.count)
                    }
                    continue
                }
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                    if long {
                        let span = Span(contents: stringStart..<offset, marker: "rekindle-long-\(tag)-\(spans.count)")
                        skeleton.append(contentsOf: span.marker.utf8)
                        spans.append(span)
                    }
                    skeleton.append(byte)
                    continue
                }
                guard !long else { continue }
                skeleton.append(byte)
                if offset - stringStart + 1 >= Self.threshold {
                    long = true
                    skeleton.removeSubrange(skeletonStart...)
                }
            }
            fileOffset += count
        }
        return inString ? nil : spans
    }

    /// A long string's text, unescaped as JSON has it; nil if it is not valid JSON
    /// string contents or not valid UTF-8.
    private static func unescape(_ span: Span, of fd: Int32, path: String, buffer: inout [UInt8]) throws(POSIX.Failure) -> String? {
        var failure: POSIX.Failure?
        var valid = true
        // Unescaping never lengthens: the file's length of the contents is room enough.
        let text = String(unsafeUninitializedCapacity: span.contents.count) { out in
            var unescaper = JSONUnescaper()
            var offset = span.contents.lowerBound
            var written = 0
            while offset < span.contents.upperBound {
                let count: Int
                do throws(POSIX.Failure) {
                    count = try read(fd, into: &buffer, at: offset, upTo: span.contents.upperBound - offset, path: path)
                } catch {
                    failure = error
                    return 0
                }
                guard count > 0, buffer.withUnsafeBufferPointer({ unescaper.feed(UnsafeBufferPointer(rebasing: $0[0..<count]), into: out, at: &written) }) else {
                    valid = false
                    return 0
                }
                offset += count
            }
            valid = unescaper.isFinished && UTF8Check.isValid(UnsafeBufferPointer(rebasing: out[0..<written]))
            return valid ? written : 0
        }
        if let failure { throw failure }
        return valid ? text : nil
    }

    /// Reads up to `limit` bytes (and at most a buffer's worth) at a file offset.
    private static func read(_ fd: Int32, into buffer: inout [UInt8], at offset: Int, upTo limit: Int, path: String) throws(POSIX.Failure) -> Int {
        while true {
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, min(limit, $0.count), off_t(offset)) }
            if count >= 0 { return count }
            if errno != EINTR { throw POSIX.Failure(operation: "read", path: path, code: errno) }
        }
    }
}
