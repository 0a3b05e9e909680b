extension Frame {
    /// A typed character's answer, which the terminal may put at the frame's cursor
    /// as soon as the key is read, before the key's update and render: the person
    /// sees it sooner, and the frame that follows holds the same cell, so it sends
    /// nothing more for it. It shows itself, and the `shifting` cells after the cursor
    /// move one column right (what follows it in a line of the note and stays on its
    /// row; rows below may change too, in the frame).
    public struct Echo: Equatable, Sendable {
        /// How many cells after the cursor move one column right.
        public var shifting: Int
        /// Whether a space is answered too (elsewhere it may become where a row breaks).
        public var spaces: Bool

        /// Whether a key read as this byte shows itself at the cursor.
        public func answers(_ byte: UInt8) -> Bool {
            (0x21..<0x7F).contains(byte) || (spaces && byte == 0x20)
        }
    }
}
