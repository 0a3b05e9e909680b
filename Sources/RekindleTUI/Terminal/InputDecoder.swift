/// Turns the bytes a terminal sends into keys, pastes and mouse actions. It never
/// reads or waits: the terminal feeds it what each `read` returned, and tells it
/// when a wait (`waitLimit`) passed with nothing more, so that a lone Esc can be
/// told from the start of a sequence and a character cut short from one still
/// arriving. Whatever the bytes, it goes on: invalid UTF-8 becomes U+FFFD, unknown
/// sequences are dropped whole (never typed as text), and no byte stops input.
struct InputDecoder {
    /// What the bytes meant, in order.
    enum Item: Equatable {
        case key(Key)
        /// Text the terminal marked as pasted (bracketed paste), newlines as `\n`.
        case paste(String)
        case mouse(MouseEvent)
    }

    /// What an unfinished input waits for, and so how long a wait settles it.
    enum Waiting: Equatable {
        /// An Esc that may start a sequence: after `escapeDelay` it is a lone Esc.
        case escape
        /// The rest of a character or of a paste: after a second, what came is kept.
        case rest
    }

    /// Bytes not yet decoded: an unfinished sequence or character at the end.
    private var held: [UInt8] = []
    /// A bracketed paste's text so far, while one is under way.
    private var pasted: [UInt8]?
    /// Key sequences, Esc included: the common ones, then the terminal's own (terminfo).
    private let sequences: [[UInt8]: Key]

    /// `terminalKeys` are the terminal's own key sequences, which take precedence.
    init(terminalKeys: [[UInt8]: Key] = [:]) {
        sequences = Self.commonSequences.merging(terminalKeys) { _, own in own }
    }

    /// What unfinished input waits for before `timeOut()`; nil when nothing is unfinished.
    var waiting: Waiting? {
        if pasted != nil { return .rest }
        guard let first = held.first else { return nil }
        return first == 0x1B ? .escape : .rest
    }

    /// Decodes what one read returned, with anything held from before.
    mutating func feed(_ bytes: some Collection<UInt8>) -> [Item] {
        var items: [Item] = []
        // An Esc that came alone, then something no sequence starts with: the person
        // pressed Esc, then a key. Bytes that came with the Esc are an Alt key or a
        // sequence; a sequence's introducer may come in the next read (a slow link).
        if pasted == nil, held == [0x1B], let next = bytes.first, !Self.introducers.contains(next) {
            items.append(.key(.escape))
            held.removeAll()
        }
        held.append(contentsOf: bytes)
        var index = 0
        while index < held.count {
            if pasted != nil {
                guard let end = takePasted(from: index, into: &items) else { break }
                index = end
                continue
            }
            guard let (length, item) = decode(at: index) else { break }
            if let item { items.append(item) }
            index += length
        }
        held.removeFirst(index)
        return items
    }

    /// The wait for more passed: a held Esc is a lone Esc, a sequence cut short is
    /// dropped, a character cut short is U+FFFD, and a paste cut short is kept as it is.
    mutating func timeOut() -> [Item] {
        defer { held.removeAll() }
        if let pasted {
            self.pasted = nil
            return [.paste(Self.pasteText(pasted + held))]
        }
        guard let first = held.first else { return [] }
        if first == 0x1B { return held.count == 1 ? [.key(.escape)] : [] }
        return [.key(.character("\u{FFFD}"))]
    }

    // MARK: - One item

    /// The item at `index` and how many bytes it took, or nil when the bytes there
    /// are unfinished. A nil item is bytes that mean nothing here (dropped).
    private mutating func decode(at index: Int) -> (Int, Item?)? {
        let byte = held[index]
        switch byte {
        case 0x1B: return escapeSequence(at: index)
        case 0x0D, 0x0A: return (1, .key(.enter))
        case 0x09: return (1, .key(.tab))
        case 0x08, 0x7F: return (1, .key(.backspace))
        case 0x01...0x1A: return (1, .key(.control(Character(Unicode.Scalar(byte + 0x60)))))
        case 0x00, 0x1C...0x1F: return (1, nil)
        case 0x20..<0x80: return (1, .key(.character(Character(Unicode.Scalar(byte)))))
        default: return character(at: index)
        }
    }

    /// A UTF-8 character (its first byte is not ASCII): U+FFFD for bytes that cannot
    /// start or continue one, each time taking only the bytes that belong together.
    private func character(at index: Int) -> (Int, Item?)? {
        let length = switch held[index] {
        case 0xC2...0xDF: 2
        case 0xE0...0xEF: 3
        case 0xF0...0xF4: 4
        default: 0
        }
        let replacement = Item.key(.character("\u{FFFD}"))
        guard length > 0 else { return (1, replacement) }
        for offset in 1..<length {
            guard index + offset < held.count else { return nil }
            guard held[index + offset] & 0xC0 == 0x80 else { return (offset, replacement) }
        }
        // Overlong forms and surrogates have the right shape but are not characters.
        guard let scalar = String(validating: held[index..<(index + length)], as: UTF8.self)?.unicodeScalars.first else {
            return (length, replacement)
        }
        return (length, .key(.character(Character(scalar))))
    }

    // MARK: - Escape sequences

    /// What may follow Esc in a sequence: `[` and `O` for keys, the others for strings.
    private static let introducers: Set<UInt8> = Set("[O]P_^X".utf8)

    private mutating func escapeSequence(at index: Int) -> (Int, Item?)? {
        guard index + 1 < held.count else { return nil }
        switch held[index + 1] {
        case UInt8(ascii: "["): return controlSequence(at: index)
        case UInt8(ascii: "O"):
            guard index + 2 < held.count else { return nil }
            return (3, sequences[Array(held[index...(index + 2)])].map(Item.key))
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X"):
            return stringSequence(at: index)
        // Esc pressed twice: the first one alone.
        case 0x1B: return (1, .key(.escape))
        // Alt with a key (Esc and the key at once): nothing here, and never the key alone.
        case 0x00..<0x80: return (2, nil)
        default: return (1, nil)
        }
    }

    /// `ESC [` parameters, intermediates and a final byte: a key, a mouse report or
    /// the start of a paste.
    private mutating func controlSequence(at index: Int) -> (Int, Item?)? {
        var end = index + 2
        // The Linux console's function keys: ESC [ [ A.
        if end < held.count && held[end] == UInt8(ascii: "[") {
            guard end + 1 < held.count else { return nil }
            return (4, sequences[Array(held[index...(end + 1)])].map(Item.key))
        }
        while end < held.count, (0x20...0x3F).contains(held[end]) { end += 1 }
        guard end < held.count else { return nil }
        let final = held[end]
        // A byte that cannot end the sequence ends it anyway, and is read again.
        guard (0x40...0x7E).contains(final) else { return (end - index, nil) }
        let parameters = Array(held[(index + 2)..<end])
        let length = end - index + 1
        if final == UInt8(ascii: "M") && parameters.isEmpty {
            // An X10 mouse report: three bytes follow.
            guard end + 3 < held.count else { return nil }
            let report = held[(end + 1)...(end + 3)].map { Int($0) - 32 }
            return (length + 3, mouse(button: report[0], x: report[1] - 1, y: report[2] - 1, pressed: true))
        }
        if parameters.first == UInt8(ascii: "<") && (final == UInt8(ascii: "M") || final == UInt8(ascii: "m")) {
            let numbers = Self.numbers(parameters.dropFirst())
            guard numbers.count == 3 else { return (length, nil) }
            return (length, mouse(button: numbers[0], x: numbers[1] - 1, y: numbers[2] - 1, pressed: final == UInt8(ascii: "M")))
        }
        if final == UInt8(ascii: "~") && parameters == Array("200".utf8) {
            pasted = []
            return (length, nil)
        }
        return (length, key(parameters: parameters, final: final))
    }

    /// A key's sequence without its modifiers (`ESC [ 1 ; 5 A` is Up): the coach gives
    /// Shift, Alt and Ctrl with these keys no meaning of their own.
    private func key(parameters: [UInt8], final: UInt8) -> Item? {
        var plain: [UInt8] = [0x1B, UInt8(ascii: "[")]
        if final == UInt8(ascii: "~") {
            plain += parameters.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).first ?? []
        } else if !parameters.contains(UInt8(ascii: ";")) {
            plain += parameters
        }
        plain.append(final)
        return sequences[plain].map(Item.key)
    }

    private func mouse(button: Int, x: Int, y: Int, pressed: Bool) -> Item? {
        let point = Point(x: max(0, x), y: max(0, y))
        // 64 and 65: the wheel; 0: the first button; 32 and up: motion; 3: X10's release.
        if button & 64 != 0 { return .mouse(MouseEvent(button & 1 == 0 ? .wheelUp : .wheelDown, at: point)) }
        guard pressed, button & 0b1110_0011 == 0 else { return nil }
        return .mouse(MouseEvent(.press, at: point))
    }

    /// Operating system commands and other strings (a terminal's answers), up to
    /// BEL or `ESC \`: dropped.
    private func stringSequence(at index: Int) -> (Int, Item?)? {
        var end = index + 2
        while end < held.count {
            if held[end] == 0x07 { return (end - index + 1, nil) }
            if held[end] == 0x1B {
                guard end + 1 < held.count else { return nil }
                if held[end + 1] == UInt8(ascii: "\\") { return (end - index + 2, nil) }
            }
            end += 1
        }
        return nil
    }

    // MARK: - Bracketed paste

    private static let pasteEnd = Array("\u{1B}[201~".utf8)

    /// Takes pasted bytes from `index` up to the end of the paste (whose text then
    /// joins `items`), returning where decoding goes on; nil while the end has not come.
    private mutating func takePasted(from index: Int, into items: inout [Item]) -> Int? {
        let marker = Self.pasteEnd
        var search = index
        while let escape = held[search...].firstIndex(of: 0x1B) {
            if held.count - escape < marker.count {
                // Perhaps the start of the end: kept until more comes.
                guard held[escape...].elementsEqual(marker.prefix(held.count - escape)) else {
                    search = escape + 1
                    continue
                }
                pasted?.append(contentsOf: held[index..<escape])
                held.removeSubrange(index..<escape)
                return nil
            }
            if held[escape..<(escape + marker.count)].elementsEqual(marker) {
                pasted?.append(contentsOf: held[index..<escape])
                items.append(.paste(Self.pasteText(pasted ?? [])))
                pasted = nil
                return escape + marker.count
            }
            search = escape + 1
        }
        pasted?.append(contentsOf: held[index...])
        held.removeSubrange(index...)
        return nil
    }

    /// A paste's bytes as text: invalid UTF-8 as U+FFFD, and the carriage returns that
    /// terminals send for new lines as `\n`.
    static func pasteText(_ bytes: [UInt8]) -> String {
        var lines: [UInt8] = []
        lines.reserveCapacity(bytes.count)
        var afterReturn = false
        for byte in bytes {
            if byte == 0x0A && afterReturn {
                afterReturn = false
                continue
            }
            afterReturn = byte == 0x0D
            lines.append(afterReturn ? 0x0A : byte)
        }
        return String(decoding: lines, as: UTF8.self)
    }

    private static func numbers(_ bytes: some Collection<UInt8>) -> [Int] {
        bytes.split(separator: UInt8(ascii: ";"), omittingEmptySubsequences: false).map { digits in
            digits.reduce(0) { value, digit in
                (0x30...0x39).contains(digit) ? min(value * 10 + Int(digit - 0x30), 1 << 20) : value
            }
        }
    }

    // MARK: - Known sequences

    /// What xterm, VT220s, rxvt, the Linux console, tmux and screen send, in both
    /// cursor-key modes.
    static let commonSequences: [[UInt8]: Key] = {
        var table: [String: Key] = [
            "[A": .up, "[B": .down, "[C": .right, "[D": .left, "OA": .up, "OB": .down, "OC": .right, "OD": .left,
            "[H": .home, "[F": .end, "OH": .home, "OF": .end, "[1~": .home, "[4~": .end, "[7~": .home, "[8~": .end,
            "[5~": .pageUp, "[6~": .pageDown, "[3~": .delete, "[Z": .backTab, "OM": .enter,
            "OP": .function(1), "OQ": .function(2), "OR": .function(3), "OS": .function(4),
            "[[A": .function(1), "[[B": .function(2), "[[C": .function(3), "[[D": .function(4), "[[E": .function(5),
        ]
        for (number, code) in [11, 12, 13, 14, 15, 17, 18, 19, 20, 21, 23, 24].enumerated() {
            table["[\(code)~"] = .function(number + 1)
        }
        return Dictionary(uniqueKeysWithValues: table.map { ([0x1B] + Array($0.key.utf8), $0.value) })
    }()
}
