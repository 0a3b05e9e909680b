extension Frame {
    /// A key's answer that the terminal may put at the frame's cursor as soon as the
    /// key is read, before the key's update and render: the person sees it sooner,
    /// and the frame that follows holds the same cell, so it sends nothing more for it.
    public enum Echo: Equatable, Sendable {
        /// A printable ASCII character typed shows itself, and the `shifting` cells
        /// after the cursor move one column right (what follows it in a line of the
        /// note and stays on its row; rows below may change too, in the frame). A
        /// space too when `spaces` (elsewhere it may become where a row breaks).
        case typing(shifting: Int, spaces: Bool)
        /// Space or Enter shows `mark` in `style` (the box of the item it checks).
        case check(mark: UInt8, style: Style)

        /// How many cells after the cursor move one column right.
        public var shifting: Int {
            if case .typing(let shifting, _) = self { shifting } else { 0 }
        }

        /// What a key read as this byte shows at the cursor, if this echo answers it.
        public func answer(_ byte: UInt8) -> (character: UInt8, style: Style)? {
            switch self {
            case let .typing(_, spaces): (0x21..<0x7F).contains(byte) || (spaces && byte == 0x20) ? (byte, .plain) : nil
            case let .check(mark, style): [0x20, 0x0D, 0x0A].contains(byte) ? (mark, style) : nil
            }
        }
    }
}
