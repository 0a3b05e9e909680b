import RekindleCore

/// The lines of a note, kept in chunks of a few hundred. The undo history and every
/// save hold a copy of the editor; with one flat array the first keystroke after such
/// a copy would copy every line of the note (a few tenths of a millisecond for 1 MB).
/// With chunks it copies the list of chunks and the one chunk it changes, so a
/// keystroke costs the same in a 1 KB note and a 1 MB one.
///
/// A chunk keeps its lines' UTF-8 bytes end to end in one array, with where each line
/// ends, instead of a string per line: a 1 MB note of 18,000 lines takes about 1.1 MB
/// rather than 3.3 MB, and joining it for a save copies bytes once.
public struct NoteLines: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Equatable, Sendable, NoteText {
    /// Lines per chunk when a run of lines is cut up.
    static let chunkSize = 256

    private var chunks: [Chunk] = []
    /// The index of the first line of each chunk.
    private var starts: [Int] = []
    public private(set) var count = 0

    public init() {}

    public init<S: Sequence>(_ lines: S) where S.Element: StringProtocol {
        var chunk = Chunk()
        for line in lines {
            chunk.append(line)
            if chunk.count == Self.chunkSize {
                chunks.append(chunk.compacted())
                chunk = Chunk()
            }
        }
        if !chunk.isEmpty { chunks.append(chunk.compacted()) }
        reindex()
    }

    /// Whether there is more than one empty line (without making a string of a long line).
    public var hasText: Bool { count > 1 || chunks.contains { !$0.bytes.isEmpty } }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> String {
        get {
            let (chunk, offset) = locate(position)
            return chunks[chunk][offset]
        }
        set {
            let (chunk, offset) = locate(position)
            chunks[chunk].replace(offset..<(offset + 1), with: CollectionOfOne(newValue))
        }
    }

    public mutating func replaceSubrange<C: Collection<String>>(_ range: Range<Int>, with newLines: C) {
        // An edit inside one chunk (typing, joining or splitting a line, adding lines
        // at the end) touches only it.
        if !chunks.isEmpty {
            let (chunk, offset) = range.lowerBound == count ? (chunks.count - 1, chunks[chunks.count - 1].count) : locate(range.lowerBound)
            if offset + range.count <= chunks[chunk].count {
                chunks[chunk].replace(offset..<(offset + range.count), with: newLines)
                if chunks[chunk].isEmpty {
                    chunks.remove(at: chunk)
                } else if chunks[chunk].count > 2 * Self.chunkSize {
                    chunks.replaceSubrange(chunk...chunk, with: NoteLines(chunks[chunk].lines).chunks)
                }
                reindex()
                return
            }
        }
        // Anything else (a range across chunks, the first lines) is rare: rebuild.
        var all = Array(self)
        all.replaceSubrange(range, with: newLines)
        self = NoteLines(all)
    }

    /// The lines with `separator` between them, made in one piece from the chunks' bytes.
    public func joined(separator: String) -> String {
        let total = chunks.reduce(0) { $0 + $1.bytes.count } + Swift.max(0, count - 1) * separator.utf8.count
        return String(unsafeUninitializedCapacity: total) { buffer in
            var written = 0
            forEachPiece(separator: Array(separator.utf8)) { piece in
                _ = UnsafeMutableBufferPointer(rebasing: buffer[written..<(written + piece.count)]).initialize(from: piece)
                written += piece.count
            }
            return written
        }
    }

    /// The text, newlines and all, a line at a time: how a save writes the note being
    /// edited without joining it.
    public func forEachUTF8Piece<Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void) throws(Failure) {
        try forEachPiece(separator: [UInt8(ascii: "\n")], body)
    }

    /// Calls `body` with each line's UTF-8 bytes in order, and `separator` between them.
    private func forEachPiece<Failure: Error>(separator: [UInt8], _ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void) throws(Failure) {
        try separator.withUnsafeBufferPointer { (separator) throws(Failure) in
            for (index, chunk) in chunks.enumerated() {
                try chunk.bytes.withUnsafeBufferPointer { (bytes) throws(Failure) in
                    for line in 0..<chunk.count {
                        if index > 0 || line > 0 { try body(separator) }
                        try body(UnsafeBufferPointer(rebasing: bytes[chunk.range(line)]))
                    }
                }
            }
        }
    }

    public static func == (a: NoteLines, b: NoteLines) -> Bool {
        guard a.count == b.count else { return false }
        // Copies of one note share their chunks: compare those as bytes.
        return a.starts == b.starts ? a.chunks == b.chunks : a.elementsEqual(b)
    }

    /// The chunk holding line `position`, and the line's place in it.
    private func locate(_ position: Int) -> (chunk: Int, offset: Int) {
        precondition(position >= 0 && position < count, "line \(position) is outside the note")
        var low = 0, high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= position { low = middle } else { high = middle - 1 }
        }
        return (low, position - starts[low])
    }

    private mutating func reindex() {
        starts = []
        starts.reserveCapacity(chunks.count)
        count = 0
        for chunk in chunks {
            starts.append(count)
            count += chunk.count
        }
    }

    /// A run of lines: their UTF-8 bytes end to end, and where each one ends.
    private struct Chunk: Equatable, Sendable {
        var bytes: [UInt8] = []
        var ends: [Int32] = []

        var count: Int { ends.count }
        var isEmpty: Bool { ends.isEmpty }
        var lines: [String] { (0..<count).map { self[$0] } }

        subscript(line: Int) -> String { String(decoding: bytes[range(line)], as: UTF8.self) }

        /// Where line `line`'s bytes are.
        func range(_ line: Int) -> Range<Int> { offset(before: line)..<Int(ends[line]) }

        /// Where line `line` starts (or, past the last line, where the bytes end).
        private func offset(before line: Int) -> Int { line == 0 ? 0 : Int(ends[line - 1]) }

        /// The same lines in arrays of just their size: arrays grown by appending keep
        /// up to twice the room they need.
        func compacted() -> Chunk {
            func exact<Element>(_ array: [Element]) -> [Element] {
                Array(unsafeUninitializedCapacity: array.count) { buffer, count in count = buffer.initialize(from: array).1 }
            }
            return Chunk(bytes: exact(bytes), ends: exact(ends))
        }

        mutating func append(_ line: some StringProtocol) {
            bytes.append(contentsOf: line.utf8)
            ends.append(Int32(bytes.count))
        }

        /// Replaces lines `range` with `newLines`, moving the bytes after them once.
        mutating func replace(_ range: Range<Int>, with newLines: some Collection<String>) {
            let start = offset(before: range.lowerBound)
            let end = offset(before: range.upperBound)
            var inserted: [UInt8] = []
            var newEnds: [Int32] = []
            newEnds.reserveCapacity(newLines.count)
            for line in newLines {
                inserted.append(contentsOf: line.utf8)
                newEnds.append(Int32(start + inserted.count))
            }
            let shift = Int32(inserted.count - (end - start))
            bytes.replaceSubrange(start..<end, with: inserted)
            ends.replaceSubrange(range, with: newEnds)
            for index in (range.lowerBound + newEnds.count)..<ends.count { ends[index] += shift }
        }
    }
}
