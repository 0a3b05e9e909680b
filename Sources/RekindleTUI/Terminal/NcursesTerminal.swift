import CNcurses
import CPlatform
import RekindleCore

/// The real terminal, through ncursesw. The coach's only code that imports `CNcurses`:
/// it owns the screen from `newterm` to `endwin` and restores it on every exit path.
public final class NcursesTerminal: Terminal {
    /// Why the coach cannot start in this terminal, worded for the person.
    public struct Unavailable: Error, CustomStringConvertible {
        public var description: String
    }

    private var screen: OpaquePointer?
    private var copier = FrameCopier(theme: .dark, depth: .monochrome)
    /// Whether the cursor is visible, once set (ncurses tracks it, to restore it at exit).
    private var cursorShown: Bool?
    /// What the keyboard and mouse sent, decoded; the events not yet taken.
    private var decoder = InputDecoder()
    private var decoded: [Event] = []
    /// Where the events not yet taken start in `decoded`.
    private var nextDecoded = 0
    /// When the last bytes came (`MonotonicClock`).
    private var lastInputAt: Int64 = 0
    /// When the unfinished Esc the decoder holds came: a sequence must be complete
    /// within `escapeDelay` of it, however many keys follow.
    private var escapeSince: Int64?
    /// Becomes readable when a signal arrives (see `rk_signals_install`).
    private var signalWake: Int32 = -1
    /// How long an Esc waits for the rest of a sequence: ESCDELAY in milliseconds,
    /// as ncurses reads it, else 50 (a sequence split over a slow link stays whole).
    private let escapeDelay: Int
    private var isClosed = false
    /// Whether the terminal shows a window title (`showsTitles`), and the one set.
    private var titled = false
    private var shownTitle: String?

    /// Takes over the terminal. Fails (before touching it) when stdin or stdout is
    /// not a terminal or TERM names no known terminal.
    public init(colorAllowed: Bool, theme: Theme = .dark) throws(Unavailable) {
        let term = try Self.checkAvailable().name
        // The coach reads and writes UTF-8, and measures characters with the C library.
        guard rk_use_utf8_ctype() != 0 else {
            throw Unavailable(description: L("terminal.notUTF8"))
        }
        escapeDelay = Self.escapeDelay(environment: getenv("ESCDELAY").map { String(cString: $0) })
        signalWake = rk_signals_install()
        guard let screen = newterm(term, rk_stdout(), rk_stdin()) else {
            throw Unavailable(description: L("terminal.noStart", term) + " " + Self.suggestion)
        }
        self.screen = screen
        set_term(screen)
        raw()
        noecho()
        nonl()
        // The keypad sends the sequences terminfo names (ncurses turns that on); the
        // coach reads them itself (see `InputDecoder`).
        keypad(rk_stdscr(), true)
        // ncurses would stop an update halfway when a key is waiting; the coach reads
        // keys itself and draws after each one, so every update must finish.
        typeahead(-1)
        decoder = InputDecoder(terminalKeys: Self.terminalKeys())
        let depth: ColorDepth = !colorAllowed || !has_colors() ? .monochrome : (rk_colors() >= 256 ? .many : .eight)
        if depth != .monochrome { Self.setUpColors(theme: theme, depth: depth) }
        copier = FrameCopier(theme: theme, depth: depth)
        titled = Self.showsTitles(term: term)
        guard rk_can_address_cursor() != 0 else {
            close()
            throw Unavailable(description: L("terminal.noCursor", term) + " " + Self.suggestion)
        }
        // ncurses sends its output at every cursor movement until a screen has been
        // left and taken back once (newterm leaves it "initial"; only a resume marks it
        // running), so each update went out as several writes. Leaving and taking it
        // back here makes every update one write: a terminal gets each frame whole, and
        // a key costs fewer system calls (key budget, PERFORMANCE.md).
        def_prog_mode()
        endwin()
        // The alternate screen, cleared, before the modes go out.
        wrefresh(rk_stdscr())
        sendModes(Self.modesOn)
        // The shell's title is kept on the terminal's stack, to come back at exit.
        if titled { sendModes("\u{1B}[22;2t") }
    }

    deinit { close() }

    static var suggestion: String { L("terminal.suggestion") }

    /// Checks, without touching the terminal, that there is one to take over, and that
    /// terminfo describes it; returns the terminal type to start with.
    @discardableResult
    public static func checkAvailable() throws(Unavailable) -> TerminalType {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            throw Unavailable(description: L("terminal.none") + " " + suggestion)
        }
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        guard !term.isEmpty else {
            throw Unavailable(description: L("terminal.noTERM") + " " + suggestion)
        }
        return try TerminalType.choose(for: term) { rk_terminfo_has($0) != 0 }
    }

    public var size: Size { Size(width: Int(rk_cols()), height: Int(rk_lines())) }

    // MARK: - Drawing

    /// Copies the frame into ncurses' screen; ncurses then sends what differs from
    /// what the terminal shows, with the terminal's own sequences.
    public func draw(_ frame: Frame) {
        let window = rk_stdscr()
        copier.copy(frame, into: window)
        if let cursor = frame.cursor { wmove(window, Int32(cursor.y), Int32(cursor.x)) }
        // Without a place of its own, the cursor stays wherever the update leaves it.
        leaveok(window, frame.cursor == nil)
        wnoutrefresh(window)
        doupdate()
        setTitle(frame.title)
        if cursorShown != frame.showsCursor {
            curs_set(frame.showsCursor ? 1 : 0)
            cursorShown = frame.showsCursor
        }
    }

    /// A colour pair per tone (its number is the tone's), on the terminal's own colours.
    private static func setUpColors(theme: Theme, depth: ColorDepth) {
        start_color()
        use_default_colors()
        for tone in Style.Tone.allCases where tone != .plain {
            let ink = Palette.ink(for: tone, theme: theme, depth: depth)
            init_pair(Int16(tone.rawValue), ink.foreground, ink.background)
        }
    }

    /// Terminals that show a window title set with OSC 2 and keep a stack of them
    /// (xterm's CSI 22 t and 23 t), so that the shell's title comes back at exit.
    private static func showsTitles(term: String) -> Bool {
        ["xterm", "tmux", "screen", "rxvt", "alacritty", "kitty", "foot", "wezterm", "vte", "gnome", "konsole"]
            .contains { term.hasPrefix($0) }
    }

    /// Sets the window title, where the terminal shows one, when it changes.
    private func setTitle(_ title: String) {
        guard titled, title != shownTitle else { return }
        shownTitle = title
        let visible = String(String.UnicodeScalarView(title.unicodeScalars.filter { !$0.isHidden }))
        sendModes("\u{1B}]2;\(visible)\u{07}")
    }

    // MARK: - Input

    public func nextEvent(timeoutMilliseconds: Int) -> Event? {
        if let event = signalEvent() { return event }
        if let event = takeDecoded() { return event }
        // Unfinished input (an Esc, a character, a paste) is settled once its wait passes.
        var wait = timeoutMilliseconds
        if let settle = settleAt() {
            let left = Int(max(0, (settle - MonotonicClock.nanoseconds() + 999_999) / 1_000_000))
            wait = wait < 0 ? left : min(wait, left)
        }
        let ready = Int(rk_wait_for_input(STDIN_FILENO, signalWake, Int32(clamping: wait)))
        if ready > 0 && ready & RK_INPUT_READY != 0 {
            guard readInput() else { return .terminate }
        } else if ready > 0 && ready & RK_INPUT_GONE != 0 {
            // The terminal went away without a SIGHUP (it was not the controlling one):
            // the coach saves and ends rather than spin, holding the session's lock.
            return .terminate
        } else if ready == 0, let settle = settleAt(), MonotonicClock.nanoseconds() >= settle {
            queue(decoder.timeOut())
            escapeSince = nil
        }
        return signalEvent() ?? takeDecoded()
    }

    /// When the unfinished input the decoder holds is settled (`InputDecoder.timeOut`), if any.
    private func settleAt() -> Int64? {
        switch decoder.waiting {
        case nil: nil
        case .escape: (escapeSince ?? lastInputAt) + Int64(escapeDelay) * 1_000_000
        case .rest: lastInputAt + Int64(Self.restDelay) * 1_000_000
        }
    }

    /// How long the rest of a character or of a paste is waited for: longer than any
    /// pause inside what a terminal sends, shorter than a person notices.
    private static let restDelay = 1_000

    /// Reads what the terminal sent; false when it is gone (end of file, or an error).
    private func readInput() -> Bool {
        let count = inputBuffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count < 0 { return errno == EINTR || errno == EAGAIN }
        guard count > 0 else { return false }
        lastInputAt = MonotonicClock.nanoseconds()
        queue(decoder.feed(inputBuffer[..<count]))
        if decoder.waiting != .escape {
            escapeSince = nil
        } else if escapeSince == nil {
            escapeSince = lastInputAt
        }
        return true
    }

    /// What one read takes at most: a paste comes in pieces of this size.
    private var inputBuffer = [UInt8](repeating: 0, count: 1 << 16)

    /// Adds decoded input to the events not yet taken. Text typed in one read, more
    /// than one key of it, is a paste from a terminal without bracketed paste (or
    /// typing faster than the coach reads): it goes to the app as one, so a Tab or
    /// a new line in it is text while writing, not a command.
    private func queue(_ items: [InputDecoder.Item]) {
        var text = ""
        var keys = 0
        func endText() {
            if keys > 1 {
                decoded.append(.paste(text, bracketed: false))
            } else if let character = text.first {
                decoded.append(.key(AppState.key(typing: character)))
            }
            text = ""
            keys = 0
        }
        for item in items {
            switch item {
            case .key(.character(let character)): text.append(character); keys += 1
            case .key(.tab): text.append("\t"); keys += 1
            case .key(.enter): text.append("\n"); keys += 1
            case .key(let key): endText(); decoded.append(.key(key))
            case .paste(let pasted): endText(); decoded.append(.paste(pasted, bracketed: true))
            case .mouse(let mouse): endText(); decoded.append(.mouse(mouse))
            }
        }
        endText()
    }

    private func takeDecoded() -> Event? {
        guard nextDecoded < decoded.count else { return nil }
        let event = decoded[nextDecoded]
        nextDecoded += 1
        if nextDecoded == decoded.count {
            decoded.removeAll(keepingCapacity: true)
            nextDecoded = 0
        }
        return event
    }

    /// What a signal asked for: to end (any signal whose default would), to suspend
    /// (SIGTSTP), or a new size (SIGWINCH).
    private func signalEvent() -> Event? {
        if rk_signals_take_terminating() != 0 { return .terminate }
        if rk_signals_take_stop() != 0 { return .key(.control("z")) }
        guard rk_signals_take_resize() != 0 else { return nil }
        var rows: Int32 = 0, columns: Int32 = 0
        if rk_window_size(&rows, &columns) != 0 { resize_term(rows, columns) }
        // What the terminal shows after a resize is unknown.
        forgetScreen()
        return .resize(size)
    }

    public func forgetScreen() {
        copier.forget()
        clearok(rk_stdscr(), true)
    }

    /// The terminal's own key sequences, from terminfo.
    private static func terminalKeys() -> [[UInt8]: Key] {
        var capabilities: [(String, Key)] = [
            ("kcuu1", .up), ("kcud1", .down), ("kcub1", .left), ("kcuf1", .right), ("khome", .home), ("kend", .end),
            ("kpp", .pageUp), ("knp", .pageDown), ("kdch1", .delete), ("kcbt", .backTab), ("kent", .enter),
        ]
        capabilities += (1...12).map { ("kf\($0)", .function($0)) }
        var keys: [[UInt8]: Key] = [:]
        for (name, key) in capabilities {
            guard let value = rk_string_capability(name) else { continue }
            let bytes = Array(String(cString: value).utf8)
            // Only sequences: a single byte (kbs as ^H) is read as that byte already.
            if bytes.count > 1 && bytes.first == 0x1B { keys[bytes] = key }
        }
        return keys
    }

    static func escapeDelay(environment value: String?) -> Int {
        guard let value, let milliseconds = Int(value), (0...10_000).contains(milliseconds) else { return 50 }
        return milliseconds
    }

    // MARK: - Terminal modes

    /// Mouse clicks and the wheel reported (1000) in SGR form (1006, so columns past
    /// 223 work), and pastes marked as such (2004).
    private static let modesOn = "\u{1B}[?1000h\u{1B}[?1006h\u{1B}[?2004h"
    private static let modesOff = "\u{1B}[?2004l\u{1B}[?1006l\u{1B}[?1000l"

    /// Written directly, after ncurses has sent what it had. Output for a terminal that
    /// went away is dropped: the run loop learns of that from the hangup.
    private func sendModes(_ modes: String) {
        var modes = modes
        modes.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let written = write(STDOUT_FILENO, bytes.baseAddress! + done, bytes.count - done)
                if written < 0 && errno == EINTR { continue }
                if written <= 0 { break }
                done += written
            }
        }
    }

    // MARK: - Giving the terminal back

    public func withTerminalReleased<T>(_ body: () throws -> T) rethrows -> T {
        sendModes(Self.modesOff)
        def_prog_mode()
        rk_leave_screen()
        endwin()
        defer {
            reset_prog_mode()
            clearok(rk_stdscr(), true)
            wrefresh(rk_stdscr())
            sendModes(Self.modesOn)
        }
        return try body()
    }

    /// Ctrl-Z: restores the shell's terminal, stops, and takes over again on `fg`.
    public func suspend() {
        withTerminalReleased { rk_signals_stop_self() }
    }

    public func close() {
        // Without a screen (newterm failed) the terminal was never taken.
        guard !isClosed, let screen else { return }
        isClosed = true
        sendModes(Self.modesOff)
        if shownTitle != nil { sendModes("\u{1B}[23;2t") }
        rk_leave_screen()
        endwin()
        delscreen(screen)
        self.screen = nil
    }
}

/// Copies frames into a curses window, where ncurses compares them with what the
/// terminal shows.
struct FrameCopier {
    /// Each tone's ink, by the tone's number (also its colour pair's).
    private let inks: [Ink]
    private let usesColor: Bool
    /// The frame last copied. Its rows that did not change are not copied again:
    /// copying every cell of a 250x80 screen for each key breaks the key budget of
    /// PERFORMANCE.md (settled in under 2 ms); comparing the rows does not.
    private var copied: Frame?

    init(theme: Theme, depth: ColorDepth) {
        inks = Style.Tone.allCases.map { Palette.ink(for: $0, theme: theme, depth: depth) }
        usesColor = depth != .monochrome
    }

    /// The window no longer holds the frame last copied: the next one is copied whole.
    mutating func forget() { copied = nil }

    mutating func copy(_ frame: Frame, into window: UnsafeMutablePointer<WINDOW>?) {
        let last = copied.flatMap { $0.width == frame.width && $0.height == frame.height ? $0 : nil }
        // Only the runs of cells that changed are copied: copying every changed row whole
        // kept a check at 250x80 over the 2 ms key budget (PERFORMANCE.md).
        let changed = { (x: Int, y: Int) in last.map { $0[x, y] != frame[x, y] } ?? true }
        withUnsafeTemporaryAllocation(of: cchar_t.self, capacity: max(1, frame.width)) { run in
            for y in 0..<min(frame.height, Int(getmaxy(window))) {
                if let last, last.row(y) == frame.row(y) { continue }
                var x = 0
                while x < frame.width {
                    guard changed(x, y) else { x += 1; continue }
                    // A run holds whole characters: a right half goes with its left half.
                    var start = x
                    while start > 0 && frame.isRightHalf(x: start, y: y) { start -= 1 }
                    var end = x + 1
                    while end < frame.width && (changed(end, y) || frame.isRightHalf(x: end, y: y)) { end += 1 }
                    var count = 0
                    // A wide character's right half is filled by ncurses from its left half.
                    for column in start..<end where !frame.isRightHalf(x: column, y: y) {
                        run[count] = character(frame[column, y])
                        count += 1
                    }
                    wmove(window, Int32(y), Int32(start))
                    wadd_wchnstr(window, run.baseAddress, Int32(count))
                    x = end
                }
            }
        }
        copied = frame
    }

    /// A cell as ncurses stores it: its character with the marks on it (ncurses keeps
    /// `CCHARW_MAX` scalars, up to the next one that takes a column), its attributes
    /// and colour pair.
    private func character(_ cell: Frame.Cell) -> cchar_t {
        var character = cchar_t()
        var text: (wchar_t, wchar_t, wchar_t, wchar_t, wchar_t, wchar_t) = (0, 0, 0, 0, 0, 0)
        withUnsafeMutableBytes(of: &text) { raw in
            let text = raw.bindMemory(to: wchar_t.self)
            var index = 0
            cell.forEachScalar { scalar in
                text[index] = wchar_t(scalar.value)
                index += 1
            }
            let (attributes, pair) = attributes(of: cell.style)
            setcchar(&character, text.baseAddress, attributes, pair, nil)
        }
        return character
    }

    /// A style's attributes and colour pair: the style's own attributes with its tone's ink.
    func attributes(of style: Style) -> (attr_t, Int16) {
        let ink = inks[Int(style.tone.rawValue)]
        var attributes = rk_a_normal()
        if style.bold || ink.bold { attributes |= rk_a_bold() }
        if style.reverse || ink.reverse { attributes |= rk_a_reverse() }
        if style.underline || ink.underline { attributes |= rk_a_underline() }
        if style.italic { attributes |= rk_a_italic() }
        if ink.dim { attributes |= rk_a_dim() }
        return (attributes, usesColor ? Int16(style.tone.rawValue) : 0)
    }
}
