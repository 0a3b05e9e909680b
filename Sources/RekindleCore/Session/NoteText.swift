/// A note's text that can be handed out a piece at a time. The coach keeps the note
/// being edited as lines; saving it through this never joins them into a second copy
/// of what may be megabytes.
public protocol NoteText: Sendable {
    /// Calls `body` with the text's UTF-8, in order, in one or more pieces.
    func forEachUTF8Piece<Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void) throws(Failure)
}

extension String: NoteText {
    public func forEachUTF8Piece<Failure: Error>(_ body: (UnsafeBufferPointer<UInt8>) throws(Failure) -> Void) throws(Failure) {
        var text = self
        // withUTF8 rethrows untyped errors; a Result keeps the type.
        try text.withUTF8 { bytes in Result { () throws(Failure) in try body(bytes) } }.get()
    }
}

extension String {
    /// The whole text as one string.
    init(joining text: any NoteText) {
        var bytes: [UInt8] = []
        text.forEachUTF8Piece { bytes.append(contentsOf: $0) }
        self.init(decoding: bytes, as: UTF8.self)
    }
}
