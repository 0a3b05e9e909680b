import CNcurses
import RekindleCore

/// What terminfo outputs, until it is taken (`Output.terminfo`). terminfo's output
/// callback takes no context, hence a global; only the thread that draws touches it.
nonisolated(unsafe) private var terminfoOutput: [UInt8] = []

/// terminfo's output callback: collects a byte of a sequence.
private let collect: @convention(c) (Int32) -> Int32 = { byte in
    terminfoOutput.append(UInt8(truncatingIfNeeded: byte))
    return byte
}

/// The real terminal, through ncursesw. The only code that imports `CNcurses`: it
/// owns the screen from `newterm` to `endwin` and restores it on every exit path.
public final class NcursesTerminal: Terminal {
    /// Why the coach cannot start in this terminal, worded for the person.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    private var screen: OpaquePointer?
    private var painter = ScreenPainter()
    /// A frame's bytes on their way out (kept between frames, with its room).
    private var output: Output
    /// Whether the cursor is visible, once set (ncurses tracks it, to restore it at exit).
    private var cursorShown: Bool?
    /// What the next key may show at once (`Frame.Echo`): the shown frame's, until a key is read.
    private var echo: Frame.Echo?
    /// The frames prepared for the next key (`prepare`): each one's bytes, ready to
    /// send, and the painter that has sent them.
    private var prepared: [(keys: [Key], bytes: [UInt8], painter: ScreenPainter)] = []
    private var isClosed = false

    /// Takes over the terminal. Fails (before touching it) when stdin or stdout is
    /// not a terminal or TERM names no known terminal.
    public init(colorAllowed: Bool) throws(Unavailable) {
        let term = try Self.checkAvailable()
        rk_install_signal_handlers()
        // ncursesw needs the user's character set (UTF-8) to read and measure wide
        // characters, which is LC_CTYPE. LC_ALL would also load the 11 other categories,
        // a file each (about 45 system calls at every start), for nothing the coach
        // uses: its dates are numeric and its words are its own.
        setlocale(LC_CTYPE, "")
        guard let screen = newterm(term, rk_stdout(), rk_stdin()) else {
            throw Unavailable(description: "unknown terminal type '\(term)'. Set TERM to one this system knows (e.g. xterm-256color). \(Self.suggestion)")
        }
        self.screen = screen
        set_term(screen)
        raw()
        noecho()
        nonl()
        keypad(rk_stdscr(), true)
        meta(rk_stdscr(), true)
        set_escdelay(25)
        // ncurses' own refreshes (clearing the screen at start and after a suspension)
        // must finish even while keys are waiting: the painter assumes a blank screen.
        typeahead(-1)
        rk_watch_resizes()
        mousemask(rk_button1_pressed() | rk_button4_pressed() | rk_button5_pressed(), nil)
        mouseinterval(0)
        let usesColor = colorAllowed && has_colors()
        if usesColor { Self.setUpColors() }
        output = Output(styles: StyleSequences(usesColor: usesColor), ansiCursor: rk_cursor_address_is_ansi() != 0)
        guard rk_can_address_cursor() != 0 else {
            close()
            throw Unavailable(description: "terminal type '\(term)' cannot place the cursor, which the coach needs. \(Self.suggestion)")
        }
        // ncurses clears the screen once; from then on frames go out through the painter.
        wrefresh(rk_stdscr())
        painter.screenCleared(size: size)
    }

    deinit { close() }

    private static let suggestion = "To read your progress without one, use 'rekindle review' or 'rekindle export'."

    /// Checks, without touching the terminal, that there is one to take over; returns TERM.
    @discardableResult
    public static func checkAvailable() throws(Unavailable) -> String {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Unavailable(description: "the coach needs a terminal, but stdin or stdout is not one. \(suggestion)")
        }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty else {
            throw Unavailable(description: "TERM is not set, so the terminal type is unknown. Set it (e.g. TERM=xterm-256color). \(suggestion)")
        }
        return term
    }

    public var size: Size { Size(width: Int(rk_cols()), height: Int(rk_lines())) }

    // MARK: - Drawing

    public func draw(_ frame: Frame) {
        prepared.removeAll(keepingCapacity: true)
        painter.paint(frame, on: &output)
        let sent = output.send()
        echo = frame.echo
        if cursorShown != frame.showsCursor {
            curs_set(frame.showsCursor ? 1 : 0)
            cursorShown = frame.showsCursor
        }
        if sent { yieldToTerminal() }
    }

    /// Leaves the machine to the terminal to read and show what was just sent, for
    /// up to `terminalsTurnMilliseconds` or until a key comes. Called once a key's
    /// answer is complete (a frame; a prepared frame, whose own frame then sends
    /// nothing; a typed character at the end of its row), not after an echo that
    /// moves cells, which its frame may complete (a wrapped row below): what the
    /// coach did next (the frame of a key already answered; preparing the next
    /// answers) competed with the terminal for the processor. Side by side with
    /// dialog, 1,000 checks at 80x24 took p95 556 µs working on at once and 374 µs
    /// with this pause (dialog 509 µs).
    private func yieldToTerminal() {
        _ = rk_input_events(Self.terminalsTurnMilliseconds)
    }

    /// How long `yieldToTerminal` leaves the machine to the terminal.
    static let terminalsTurnMilliseconds: Int32 = 1

    public func prepare(for keys: [Key], frame: () -> Frame) {
        // A key already typed is read at once: working out the frame would only delay it.
        guard rk_input_events(0) == 0 else { return }
        var painter = painter
        var answer = Output(styles: output.styles, ansiCursor: output.ansiCursor)
        painter.paint(frame(), on: &answer)
        prepared.append((keys, answer.bytes, painter))
    }

    /// The painter's requests as terminfo sequences and text, collected for one write.
    /// Its own bytes rather than a global's: each access to a global is checked at
    /// run time for overlapping access, about 90 checks per check of an item.
    private struct Output: PaintTarget {
        let styles: StyleSequences
        /// Whether the cursor is placed with the common `ESC [ row ; column H`.
        let ansiCursor: Bool
        /// The style the terminal is in: every paint starts and ends in the plain one.
        var current = Style.plain
        var bytes: [UInt8] = []

        init(styles: StyleSequences, ansiCursor: Bool) {
            self.styles = styles
            self.ansiCursor = ansiCursor
        }

        mutating func clearScreen() { terminfo { rk_clear_screen(collect) } }
        mutating func write(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: text) }

        mutating func clearToEndOfLine() -> Bool {
            var done = false
            terminfo { done = rk_clear_to_end_of_line(collect) != 0 }
            return done
        }

        mutating func move(toX x: Int, y: Int) {
            // Most terminals' sequence, written directly: terminfo's interpreter costs
            // more than the rest of a move.
            guard ansiCursor else { return terminfo { rk_move_cursor(Int32(y), Int32(x), collect) } }
            bytes.append(0x1B)
            bytes.append(UInt8(ascii: "["))
            appendDecimal(y + 1)
            bytes.append(UInt8(ascii: ";"))
            appendDecimal(x + 1)
            bytes.append(UInt8(ascii: "H"))
        }

        private mutating func appendDecimal(_ value: Int) {
            if value >= 10 { appendDecimal(value / 10) }
            bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
        }

        mutating func setStyle(_ style: Style) {
            guard style != current else { return }
            bytes.append(contentsOf: styles.change(from: current, to: style))
            current = style
        }

        /// Runs a terminfo call, taking what it output.
        private mutating func terminfo(_ call: () -> Void) {
            call()
            bytes.append(contentsOf: terminfoOutput)
            terminfoOutput.removeAll(keepingCapacity: true)
        }

        /// Sends the collected bytes in one write; returns whether there were any. Output
        /// for a terminal that went away is dropped: the run loop learns of that from
        /// the hangup.
        @discardableResult
        mutating func send() -> Bool {
            defer { bytes.removeAll(keepingCapacity: true) }
            guard !bytes.isEmpty else { return false }
            bytes.withUnsafeBytes { bytes in
                var done = 0
                while done < bytes.count {
                    let written = Glibc.write(STDOUT_FILENO, bytes.baseAddress! + done, bytes.count - done)
                    if written < 0 && errno == EINTR { continue }
                    if written <= 0 { break }
                    done += written
                }
            }
            return true
        }
    }

    /// Each change of style the painter makes, as ncurses' `vid_puts` makes it (the
    /// shortest sequence the terminal's capabilities allow), made once per pair of
    /// styles: ncurses is taken from the plain style through the first to the second
    /// and back, so it still believes the terminal plain, as it is between frames. A
    /// style change then costs one copy instead of calls into terminfo, and no more
    /// bytes than ncurses itself would write. They are kept in a table indexed by the
    /// two styles' bits, not a dictionary: the first dictionary keyed by a new type
    /// makes Swift's runtime search all 4,586 conformance records of the binary for
    /// that type's `Hashable`, about 190,000 instructions before the first screen.
    private final class StyleSequences {
        private let usesColor: Bool
        private var made = [[UInt8]?](repeating: nil, count: 1 << (2 * Style.bitWidth))

        init(usesColor: Bool) { self.usesColor = usesColor }

        func change(from: Style, to: Style) -> [UInt8] {
            let key = Int(from.bits) << Style.bitWidth | Int(to.bits)
            if let known = made[key] { return known }
            let start = terminfoOutput.count
            let (fromAttributes, fromPair) = attributes(of: from)
            vid_puts(fromAttributes, fromPair, nil, collect)
            let middle = terminfoOutput.count
            let (toAttributes, toPair) = attributes(of: to)
            vid_puts(toAttributes, toPair, nil, collect)
            let sequence = Array(terminfoOutput[middle...])
            vid_puts(rk_a_normal(), 0, nil, collect)
            terminfoOutput.removeSubrange(start...)
            made[key] = sequence
            return sequence
        }

        private func attributes(of style: Style) -> (attr_t, Int16) {
            var attributes = rk_a_normal()
            if style.bold { attributes |= rk_a_bold() }
            if style.reverse { attributes |= rk_a_reverse() }
            if style.underline { attributes |= rk_a_underline() }
            if usesColor { return (attributes, Int16(style.tone.rawValue)) }
            switch style.tone {
            case .muted: attributes |= rk_a_dim()
            case .warning, .accent: attributes |= rk_a_bold()
            case .plain, .success, .highlight: break
            }
            return (attributes, 0)
        }
    }

    private static func setUpColors() {
        start_color()
        use_default_colors()
        for tone in Style.Tone.allCases {
            if let color = foreground(of: tone) { init_pair(Int16(tone.rawValue), color, -1) }
        }
    }

    /// A tone's colour on the terminal's own background; the plain tone keeps the terminal's colours.
    private static func foreground(of tone: Style.Tone) -> Int16? {
        switch tone {
        case .plain: nil
        case .accent: Int16(COLOR_CYAN)
        case .muted: Int16(COLOR_BLUE)
        case .success: Int16(COLOR_GREEN)
        case .warning: Int16(COLOR_YELLOW)
        case .highlight: Int16(COLOR_MAGENTA)
        }
    }

    // MARK: - Input

    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        switch rk_take_signal() {
        case SIGTSTP: return .key(.control("z"))
        case SIGTERM, SIGHUP, SIGINT, SIGQUIT: return .terminate
        default: break
        }
        // Asked only for what is already waiting (after each key, to take a paste at
        // once): one poll says whether bytes are there, where ncurses' own check costs a
        // key about 15 µs. Bytes ncurses already holds (the rest of an Esc it could
        // not match) are not lost: the next wait returns them at once.
        guard timeoutMilliseconds != 0 || rk_input_events(0) != 0 else { return nil }
        wtimeout(rk_stdscr(), Int32(timeoutMilliseconds))
        var character: wint_t = 0
        let result = wget_wch(rk_stdscr(), &character)
        // A terminal that went away without a SIGHUP (the coach's terminal was not its
        // controlling one) answers every read at once with end-of-file: the coach would
        // spin, holding the session's lock, instead of saving and ending.
        if result == rk_err() { return rk_input_events(0) & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 ? .terminate : nil }
        let event = result == rk_key_code_yes() ? functionKey(Int32(character)) : characterKey(UInt32(character)).map { Event.key($0) }
        // The key's answer goes on screen first; its frame follows (and sends nothing for it).
        if case .key(let key) = event, let answer = prepared.first(where: { $0.keys.contains(key) }) {
            output.bytes.append(contentsOf: answer.bytes)
            if output.send() { yieldToTerminal() }
            painter = answer.painter
        } else if let echo, result != rk_key_code_yes(), character < 0x80, echo.answers(UInt8(character)),
                  painter.echo(UInt8(character), shifting: echo.shifting, on: &output) {
            output.send()
            // At the end of its row nothing moves after it: its frame usually sends nothing more.
            if echo.shifting == 0 { yieldToTerminal() }
        }
        echo = nil
        prepared.removeAll(keepingCapacity: true)
        return event
    }

    private func functionKey(_ code: Int32) -> Event? {
        switch code {
        case KEY_RESIZE:
            rk_cancel_alarm()
            // ncurses resized its own (blank) screen and would paint it at its next
            // read of a key, over the frame drawn for the new size: it paints now, and
            // the painter clears the screen and draws it all again.
            wrefresh(rk_stdscr())
            painter.forget()
            return .resize(size)
        case KEY_MOUSE: return mouseEvent()
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_DC: return .key(.delete)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        case rk_key_f(1)...rk_key_f(12): return .key(.function(Int(code - rk_key_f(0))))
        default: return nil
        }
    }

    private func characterKey(_ value: UInt32) -> Key? {
        switch value {
        case 13, 10: return .enter
        case 9: return .tab
        case 8, 127: return .backspace
        case 27: return .escape
        case 1...26: return .control(Character(Unicode.Scalar(value + 96)!))
        default: return Unicode.Scalar(value).map { .character(Character($0)) }
        }
    }

    private func mouseEvent() -> Event? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let point = Point(x: Int(event.x), y: Int(event.y))
        if event.bstate & rk_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, at: point)) }
        if event.bstate & rk_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, at: point)) }
        if event.bstate & rk_button1_pressed() != 0 { return .mouse(MouseEvent(.press, at: point)) }
        return nil
    }

    // MARK: - Giving the terminal back

    public func withTerminalReleased<T>(_ body: () throws -> T) rethrows -> T {
        // Prepared for a screen that is about to go.
        prepared.removeAll(keepingCapacity: true)
        def_prog_mode()
        rk_leave_screen()
        endwin()
        defer {
            reset_prog_mode()
            clearok(rk_stdscr(), true)
            wrefresh(rk_stdscr())
            painter.screenCleared(size: size)
        }
        return try body()
    }

    /// Ctrl-Z: restores the shell's terminal, stops, and takes over again on `fg`.
    public func suspend() {
        withTerminalReleased { rk_stop_self() }
    }

    public func close() {
        guard !isClosed else { return }
        isClosed = true
        rk_leave_screen()
        endwin()
        if let screen { delscreen(screen) }
        screen = nil
    }
}
