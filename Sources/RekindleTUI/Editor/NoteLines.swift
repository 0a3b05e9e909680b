import RekindleCore

/// The lines of a note, kept in chunks of a few hundred. The undo history and every
/// save hold a copy of the editor; with one flat array the first keystroke after such
/// a copy would copy every line of the note (a few tenths of a millisecond for 1 MB).
/// With chunks it copies the list of chunks and the one chunk it changes, so a
/// keystroke costs the same in a 1 KB note and a 1 MB one.
///
/// A chunk keeps its lines' UTF-8 bytes end to end in one array, with where each line
/// ends, instead of a string per line: a 1 MB note of 18,000 lines takes about 1.1 MB
/// rather than 3.3 MB. A note as opened (`init(sharing:)`) is not copied at all: its
/// chunks read their lines from the note's own text until an edit gives one its own
/// bytes, so opening a 1 MB note costs the 70 KB of where its lines end.
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

    /// The lines of `text` as `split(separator: "\n", omittingEmptySubsequences: false)`
    /// gives them, read from `text` itself rather than copied.
    public init(sharing text: String) {
        let chunks = text.utf8.withContiguousStorageIfAvailable { bytes in
            var chunks: [Chunk] = []
            var ends: [Int32] = []
            var chunkStart = 0
            // A newline byte after a carriage return is part of one "\r\n" character,
            // which does not end a line; every other one does.
            for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
                ends.append(Int32(index - chunkStart))
                if ends.count == Self.chunkSize {
                    chunks.append(Chunk(shared: text, from: chunkStart, ends: ends))
                    chunkStart = index + 1
                    ends = []
                }
            }
            ends.append(Int32(bytes.count - chunkStart))
            chunks.append(Chunk(shared: text, from: chunkStart, ends: ends))
            return chunks
        }
        guard let chunks else {
            self.init(text.split(separator: "\n", omittingEmptySubsequences: false))
            return
        }
        self.init(chunks: chunks)
    }

    private init(chunks: [Chunk]) {
        self.chunks = chunks
        reindex()
    }

    /// Whether there is more than one empty line (without making a string of a long line).
    public var hasText: Bool { count > 1 || chunks.contains { $0.byteCount > 0 } }

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

    /// Line `line`'s text: `known` itself when it has the same bytes, so a line that
    /// did not change is not made into a new string (a key redraws a screenful).
    public func text(ofLine line: Int, reusing known: Substring?) -> Substring {
        let (chunk, offset) = locate(line)
        if var known {
            let same = chunks[chunk].withBytes { bytes in
                let range = chunks[chunk].range(offset)
                return known.withUTF8 { text in
                    guard text.count == range.count, let a = text.baseAddress, let b = bytes.baseAddress else { return text.count == range.count }
                    return memcmp(a, b + range.lowerBound, range.count) == 0
                }
            }
            if same { return known }
        }
        return Substring(chunks[chunk][offset])
    }

    /// Line `line`'s length when it is printable ASCII of at most `limit` bytes (so it
    /// wraps to one row of a width of `limit`, and its characters are its bytes), read
    /// where it is, without making a string of it; nil for any other line.
    public func plainASCIICount(_ line: Int, atMost limit: Int = .max) -> Int? {
        let (chunk, offset) = locate(line)
        return chunks[chunk].withBytes { bytes in
            let range = chunks[chunk].range(offset)
            return range.count <= limit && bytes[range].allSatisfy { $0 >= 0x20 && $0 < 0x7F } ? range.count : nil
        }
    }

    /// Inserts printable ASCII into line `line` at character `column` when that
    /// line is plain ASCII up to and including the place (no carriage return, which
    /// pairs with a newline), so the column is the byte offset and nothing joins the
    /// new characters: typing into plain text, without making the line a String.
    /// Returns false, changing nothing, when it cannot.
    public mutating func insertPlain(_ text: String, line: Int, column: Int) -> Bool {
        guard text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return false }
        var text = text
        let (chunk, offset) = locate(line)
        return text.withUTF8 { chunks[chunk].insertPlain($0, line: offset, at: column) }
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
        let total = chunks.reduce(0) { $0 + $1.byteCount - $1.gap * ($1.count - 1) } + Swift.max(0, count - 1) * separator.utf8.count
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
                try chunk.withBytes { (bytes) throws(Failure) in
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

    /// A run of lines: their UTF-8 bytes end to end, and where each one ends. Or,
    /// until it is edited, a run of a shared text's lines with a newline after each
    /// but the last, and where each ends counted from the run's start.
    private struct Chunk: Equatable, Sendable {
        var bytes: [UInt8] = []
        var ends: [Int32] = []
        /// The text the lines are read from, if they are not in `bytes` yet.
        private var shared: String?
        private var sharedStart = 0

        init() {}

        init(shared text: String, from start: Int, ends: [Int32]) {
            shared = text
            sharedStart = start
            self.ends = ends
        }

        var count: Int { ends.count }
        var isEmpty: Bool { ends.isEmpty }
        var lines: [String] { (0..<count).map { self[$0] } }
        /// The bytes a line starts after the end of the one before: 1 for the newline of a shared text.
        var gap: Int { shared == nil ? 0 : 1 }
        var byteCount: Int { Int(ends.last ?? 0) }

        subscript(line: Int) -> String { withBytes { String(decoding: $0[range(line)], as: UTF8.self) } }

        /// Calls `body` with the bytes the lines' ranges are in.
        func withBytes<Result, Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Result) throws(Failure) -> Result {
            guard let shared else { return try bytes.withUnsafeBufferPointer(body) }
            let end = sharedStart + byteCount
            // withContiguousStorageIfAvailable rethrows untyped errors; a Swift.Result keeps the type.
            let result = shared.utf8.withContiguousStorageIfAvailable { text in
                Swift.Result { () throws(Failure) in try body(UnsafeBufferPointer(rebasing: text[sharedStart..<end])) }
            }
            return try (result ?? Array(shared.utf8)[sharedStart..<end].withUnsafeBufferPointer { text in
                Swift.Result { () throws(Failure) in try body(text) }
            }).get()
        }

        /// Where line `line`'s bytes are.
        func range(_ line: Int) -> Range<Int> { offset(before: line)..<Int(ends[line]) }

        /// Where line `line` starts (or, past the last line, where the bytes end).
        private func offset(before line: Int) -> Int { line == 0 ? 0 : Int(ends[line - 1]) + (line < count ? gap : 0) }

        static func == (a: Chunk, b: Chunk) -> Bool {
            a.count == b.count && a.withBytes { x in b.withBytes { y in (0..<a.count).allSatisfy { x[a.range($0)].elementsEqual(y[b.range($0)]) } } }
        }

        /// Gives the chunk its own bytes, before an edit.
        private mutating func own() {
            guard shared != nil else { return }
            // Each line ends as many bytes sooner as there were newlines before it.
            let owned = withBytes { bytes in (0..<count).flatMap { bytes[range($0)] } }
            self = Chunk(bytes: owned, ends: ends.indices.map { ends[$0] - Int32($0) }).compacted()
        }

        /// The same lines in arrays of just their size: arrays grown by appending keep
        /// up to twice the room they need.
        func compacted() -> Chunk {
            func exact<Element>(_ array: [Element]) -> [Element] {
                Array(unsafeUninitializedCapacity: array.count) { buffer, count in count = buffer.initialize(from: array).1 }
            }
            return Chunk(bytes: exact(bytes), ends: exact(ends))
        }

        private init(bytes: [UInt8], ends: [Int32]) {
            self.bytes = bytes
            self.ends = ends
        }

        mutating func append(_ line: some StringProtocol) {
            own()
            bytes.append(contentsOf: line.utf8)
            ends.append(Int32(bytes.count))
        }

        /// `NoteLines.insertPlain` within this chunk.
        mutating func insertPlain(_ text: UnsafeBufferPointer<UInt8>, line: Int, at offset: Int) -> Bool {
            let lineRange = range(line)
            guard offset <= lineRange.count else { return false }
            let upTo = lineRange.lowerBound..<Swift.min(lineRange.upperBound, lineRange.lowerBound + offset + 1)
            guard withBytes({ bytes in bytes[upTo].allSatisfy { $0 < 0x80 && $0 != 0x0D } }) else { return false }
            own()
            bytes.insert(contentsOf: text, at: range(line).lowerBound + offset)
            for index in line..<ends.count { ends[index] += Int32(text.count) }
            return true
        }

        /// Replaces lines `range` with `newLines`, moving the bytes after them once.
        mutating func replace(_ range: Range<Int>, with newLines: some Collection<String>) {
            own()
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
