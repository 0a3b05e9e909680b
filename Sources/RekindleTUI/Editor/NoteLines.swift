/// The lines of a note, kept in chunks of a few hundred. The undo history and every
/// save hold a copy of the editor; with one flat array the first keystroke after such
/// a copy would copy every line of the note (a few tenths of a millisecond for 1 MB).
/// With chunks it copies the list of chunks and the one chunk it changes, so a
/// keystroke costs the same in a 1 KB note and a 1 MB one.
public struct NoteLines: RandomAccessCollection, MutableCollection, RangeReplaceableCollection, Equatable, Sendable {
    /// Lines per chunk when a run of lines is cut up.
    static let chunkSize = 256

    private var chunks: [[String]] = []
    /// The index of the first line of each chunk.
    private var starts: [Int] = []
    public private(set) var count = 0

    public init() {}

    public init<S: Sequence<String>>(_ lines: S) {
        chunks = Self.cut(Array(lines))
        reindex()
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }

    public subscript(position: Int) -> String {
        get {
            let (chunk, offset) = locate(position)
            return chunks[chunk][offset]
        }
        set {
            let (chunk, offset) = locate(position)
            chunks[chunk][offset] = newValue
        }
    }

    public mutating func replaceSubrange<C: Collection<String>>(_ range: Range<Int>, with newLines: C) {
        // An edit inside one chunk (typing, joining or splitting a line, adding lines
        // at the end) touches only it.
        if !chunks.isEmpty {
            let (chunk, offset) = range.lowerBound == count ? (chunks.count - 1, chunks[chunks.count - 1].count) : locate(range.lowerBound)
            if offset + range.count <= chunks[chunk].count {
                chunks[chunk].replaceSubrange(offset..<(offset + range.count), with: newLines)
                if chunks[chunk].isEmpty {
                    chunks.remove(at: chunk)
                } else if chunks[chunk].count > 2 * Self.chunkSize {
                    chunks.replaceSubrange(chunk...chunk, with: Self.cut(chunks[chunk]))
                }
                reindex()
                return
            }
        }
        // Anything else (a range across chunks, the first lines) is rare: rebuild.
        var all = Array(self)
        all.replaceSubrange(range, with: newLines)
        chunks = Self.cut(all)
        reindex()
    }

    public static func == (a: NoteLines, b: NoteLines) -> Bool {
        a.count == b.count && a.elementsEqual(b)
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

    private static func cut(_ lines: [String]) -> [[String]] {
        stride(from: 0, to: lines.count, by: chunkSize).map { Array(lines[$0..<Swift.min($0 + chunkSize, lines.count)]) }
    }
}
