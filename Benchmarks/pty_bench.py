#!/usr/bin/env python3
"""Whole-process benchmark: programs in a pseudo-terminal of a given size.

Starts each program in a pty, sends keys, and reads what it writes. A screen is
"settled" when the program has written nothing for QUIET seconds; the time of a
key is from sending it to the last byte written, and its cost in bytes is what
was written in that time. Peers (dialog, whiptail, nano) get the same keys, key by
key in turn with Rekindle (see measure), so a figure and its peer's come from the
same moments of the machine. For
typing and checks it also counts the pages of memory a key touches (Linux's
/proc), which is what a key's time follows once the caches have gone cold.
Everything runs BENCH_RUNS times (default 3); prints each figure over all runs (see
main) as Markdown table rows: figure | Rekindle | peer | ratio.
"""
import fcntl, json, os, pty, select, shutil, signal, statistics, struct, sys, tempfile, termios, time

QUIET = 0.04
REPEATS = int(os.environ.get("BENCH_REPEATS", "100"))
# Starts per program for "start to first screen": one start varies by a millisecond or more.
STARTS = int(os.environ.get("BENCH_STARTS", "10"))
TERM = "xterm-256color"
DOWN, UP = b"\x1bOB", b"\x1bOA"


class Pty:
    def __init__(self, argv, cols, rows, env=None):
        self.started = time.monotonic()
        pid, fd = pty.fork()
        if pid == 0:
            fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
            environment = dict(os.environ, TERM=TERM, LANG="C.UTF-8", LC_ALL="C.UTF-8", **(env or {}))
            environment.pop("NO_COLOR", None)
            try:
                os.execvpe(argv[0], argv, environment)
            except OSError as error:
                # The child must not go on as a second copy of the benchmark.
                os.write(2, f"cannot start {argv[0]}: {error}\n".encode())
                os._exit(127)
        self.pid, self.fd = pid, fd

    def settle(self, quiet=QUIET, limit=10.0):
        """Reads until quiet; returns (bytes written, time of the last byte)."""
        total, last = 0, None
        deadline = time.monotonic() + limit
        while time.monotonic() < deadline:
            ready, _, _ = select.select([self.fd], [], [], quiet)
            if not ready:
                if last is not None:
                    break
                continue
            try:
                chunk = os.read(self.fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            total += len(chunk)
            last = time.monotonic()
        return total, last

    def key(self, data):
        """Sends a key; returns (seconds until settled, bytes written)."""
        sent = time.monotonic()
        os.write(self.fd, data)
        written, last = self.settle()
        return ((last - sent) if last else 0.0), written

    def peak_rss_kb(self):
        with open(f"/proc/{self.pid}/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
        return 0

    def close(self):
        try:
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        os.close(self.fd)


def measure(*procs, keys):
    """Sends keys in turn REPEATS times to each program, key by key: each key goes to
    every program before the next, the one that goes first changing each time, so
    all of them meet the same moments of a machine whose wake-ups vary by a factor of
    three. Returns, per program, the seconds and the bytes of every key."""
    times = [[] for _ in procs]
    sizes = [[] for _ in procs]
    for index in range(REPEATS):
        first = index % len(procs)
        for turn in list(range(first, len(procs))) + list(range(first)):
            seconds, written = procs[turn].key(keys[index % len(keys)])
            times[turn].append(seconds)
            sizes[turn].append(written)
    return list(zip(times, sizes))


def p95(values):
    """The 95th percentile: the value 95 % of the others are at or below."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def pages_touched(proc, keys, count=10):
    """Sends keys in turn count times; returns the median number of distinct 4 KB pages
    of memory the program touched per key (code and data, every thread). The kernel's
    referenced bits are cleared before each key (/proc/PID/clear_refs) and counted
    after it (smaps). After an idle wait each page first touched costs a page-table
    walk, about half a microsecond on the machine in BENCHMARKS.md. None where /proc
    does not offer this."""
    counts = []
    try:
        for index in range(count):
            with open(f"/proc/{proc.pid}/clear_refs", "w") as out:
                out.write("1")
            proc.key(keys[index % len(keys)])
            with open(f"/proc/{proc.pid}/smaps") as smaps:
                counts.append(sum(int(line.split()[1]) for line in smaps if line.startswith("Referenced:")) // 4)
    except OSError:
        return None
    return statistics.median(counts)


def start(argv, cols, rows, env=None, setup=()):
    proc = Pty(argv, cols, rows, env)
    _, last = proc.settle(quiet=0.15)
    if os.waitpid(proc.pid, os.WNOHANG)[0]:
        # Timing a program that is not there would only time its error message.
        sys.exit(f"pty_bench: {argv[0]} ended before showing a screen (is it installed?)")
    first = (last - proc.started) if last else float("nan")
    for data in setup:
        proc.key(data)
    return proc, first


def first_screens(programs, cols, rows):
    """Starts each program STARTS times, taking turns; returns each one's median time
    from start to its first screen. Rekindle gets a new data folder each time, so it
    always opens on the welcome screen of a new session."""
    times = {name: [] for name in programs}
    for _ in range(STARTS):
        for name, argv in programs.items():
            env = {"REKINDLE_DATA_DIR": tempfile.mkdtemp(prefix="rekindle-bench-start-")} if name == "rekindle" else None
            proc, first = start(argv, cols, rows, env)
            proc.close()
            if env:
                shutil.rmtree(env["REKINDLE_DATA_DIR"], ignore_errors=True)
            times[name].append(first)
    return {name: statistics.median(values) for name, values in times.items()}


ITEMS = [f"Action number {n} of ten" for n in range(1, 11)]


def dialog(cols, rows):
    argv = ["dialog", "--checklist", "Pick", str(rows - 2), str(cols - 4), "10"]
    for n, item in enumerate(ITEMS):
        argv += [f"t{n}", item, "off"]
    return argv


def whiptail(cols, rows):
    argv = ["whiptail", "--checklist", "Pick", str(rows - 2), str(cols - 4), "10"]
    for n, item in enumerate(ITEMS):
        argv += [f"t{n}", item, "OFF"]
    return argv


# The same 1 MB of text for Rekindle's note and nano's file.
NOTE_LINE = "Today I walked for an hour and thought about what I want.\n"
NOTE_LINES = (1 << 20) // len(NOTE_LINE)
# Both type at column 20 of the middle line.
MIDDLE_LINE = NOTE_LINES // 2


def session_with_note(folder):
    """Writes a session whose first step has the 1 MB note, cursor at column 20 of the middle line."""
    text = NOTE_LINE * NOTE_LINES
    stamp = "2026-11-20T10:00:00Z"
    document = {"version": 2, "session": {
        "name": "default", "guideID": "get-back-together", "guideHash": "", "startedAt": stamp, "lastUsedAt": stamp,
        "checks": {}, "notes": {"reflect": {"text": text, "editedAt": stamp, "partTitle": "Reflecting on the Relationship"}},
        "position": {"partID": "reflect", "pane": "notes", "checklistCursor": 0, "noteCursor": MIDDLE_LINE * len(NOTE_LINE) + 19, "scroll": 0}}}
    os.makedirs(f"{folder}/sessions", mode=0o700, exist_ok=True)
    with open(f"{folder}/sessions/default.json", "w") as out:
        json.dump(document, out)


def row(figure, ours, peer_name, peer, unit):
    def show(value):
        if unit == "pages":
            return f"{value:.0f} pages"
        return f"{value * 1000:.2f} ms" if unit == "ms" else (f"{value / 1024:.1f} MB" if unit == "kb" else f"{value:.0f} B")
    ratio = f"{ours / peer:.2f}x" if peer else "-"
    print(f"| {figure} | {show(ours)} | {peer_name} {show(peer) if peer else '-'} | {ratio} |", flush=True)


def run_once(binary, workspace, row):
    """Measures every figure once at both sizes, reporting each through row(): a
    figure's values (every key's, or one) and the statistic that sums them up."""
    big_file = f"{workspace}/big.txt"
    with open(big_file, "w") as out:
        out.write(NOTE_LINE * NOTE_LINES)
    for cols, rows in [(80, 24), (250, 80)]:
        size = f"{cols}x{rows}"
        data = f"{workspace}/data-{size}"
        env = {"REKINDLE_DATA_DIR": data}
        firsts = first_screens({"rekindle": [binary], "dialog": dialog(cols, rows), "whiptail": whiptail(cols, rows)}, cols, rows)
        ours, _ = start([binary], cols, rows, env, setup=[b"\r", b"n", b"\t"])
        peer, _ = start(dialog(cols, rows), cols, rows)
        other, _ = start(whiptail(cols, rows), cols, rows)
        row(f"start to first screen, {size}", firsts["rekindle"], "dialog", firsts["dialog"], "ms")
        moves, dialog_moves, whiptail_moves = measure(ours, peer, other, keys=[DOWN, DOWN, DOWN, UP, UP, UP])
        other.close()
        row(f"checklist move, settle median, {size}", moves[0], "dialog", dialog_moves[0], "ms")
        row(f"checklist move, settle p95, {size}", moves[0], "dialog", dialog_moves[0], "ms", p95)
        row(f"checklist move, bytes, {size}", moves[1], "dialog", dialog_moves[1], "b")
        toggles, dialog_toggles = measure(ours, peer, keys=[b" "])
        row(f"checklist toggle (Rekindle saves with fsync), settle median, {size}", toggles[0], "dialog",
            dialog_toggles[0], "ms")
        row(f"checklist toggle (Rekindle saves with fsync), p95, {size}", toggles[0], "dialog", dialog_toggles[0], "ms", p95)
        row(f"checklist toggle, bytes, {size}", toggles[1], "dialog", dialog_toggles[1], "b")
        row(f"checklist toggle, pages of memory touched, {size}", pages_touched(ours, [b" "]), "dialog",
            pages_touched(peer, [b" "]), "pages")
        peer.close()
        row(f"start to first screen, {size}", firsts["rekindle"], "whiptail", firsts["whiptail"], "ms")
        row(f"checklist move, settle p95, {size}", moves[0], "whiptail", whiptail_moves[0], "ms", p95)
        row(f"checklist move, bytes, {size}", moves[1], "whiptail", whiptail_moves[1], "b")
        (steps,) = measure(ours, keys=[b"n", b"n", b"p", b"p"])
        row(f"move between steps, p95, {size}", steps[0], "", 0, "ms", p95)
        row(f"move between steps, bytes, {size}", steps[1], "", 0, "b")
        ours.key(b"e")
        peer, _ = start(["nano", "--ignorercfiles", f"{workspace}/new-{size}.txt"], cols, rows)
        typing, nano_typing = measure(ours, peer, keys=[b"a"])
        rss_guide = ours.peak_rss_kb()
        typing_pages = pages_touched(ours, [b"a"])
        nano_typing_pages = pages_touched(peer, [b"a"])
        ours.close()
        peer.close()
        row(f"typing at the end of a new note / file, settle median, {size}", typing[0], "nano", nano_typing[0], "ms")
        row(f"typing at the end of a new note / file, p95, {size}", typing[0], "nano", nano_typing[0], "ms", p95)
        row(f"typing at the end of a new note / file, bytes, {size}", typing[1], "nano", nano_typing[1], "b")
        row(f"typing at the end of a new note / file, pages of memory touched, {size}", typing_pages, "nano",
            nano_typing_pages, "pages")

        big_data = f"{workspace}/big-{size}"
        session_with_note(big_data)
        ours, _ = start([binary], cols, rows, {"REKINDLE_DATA_DIR": big_data}, setup=[b"\r"])
        peer, _ = start(["nano", "--ignorercfiles", f"+{MIDDLE_LINE + 1},20", big_file], cols, rows)
        big_typing, nano_big = measure(ours, peer, keys=[b"a"])
        rss_note = ours.peak_rss_kb()
        rss_nano = peer.peak_rss_kb()
        ours.close()
        peer.close()
        row(f"typing into the middle of 1 MB, settle median, {size}", big_typing[0], "nano", nano_big[0], "ms")
        row(f"typing into the middle of 1 MB, p95, {size}", big_typing[0], "nano", nano_big[0], "ms", p95)
        row(f"typing into the middle of 1 MB, bytes, {size}", big_typing[1], "nano", nano_big[1], "b")
        row(f"peak RSS, built-in guide, {size}", rss_guide, "", 0, "kb")
        row(f"peak RSS, 1 MB note open, {size}", rss_note, "nano (1 MB file)", rss_nano, "kb")


def main(binary):
    """Runs everything BENCH_RUNS times (default 3) and prints each figure over all runs:
    a key's median and p95 over the keys of every run together (a p95 of one run's 100
    keys rests on its 5 slowest), other figures the median of the runs' values."""
    results = {}
    for _ in range(int(os.environ.get("BENCH_RUNS", "3"))):
        workspace = tempfile.mkdtemp(prefix="rekindle-bench-")

        def record(figure, ours, peer_name, peer, unit, statistic=statistics.median):
            if ours is None or peer is None:
                return
            entry = results.setdefault((figure, peer_name), (unit, statistic, [], []))
            entry[2].extend(ours if isinstance(ours, list) else [ours])
            entry[3].extend(peer if isinstance(peer, list) else [peer])

        run_once(binary, workspace, record)
        shutil.rmtree(workspace, ignore_errors=True)
    print("| figure | Rekindle | peer | ratio |")
    print("| --- | --- | --- | --- |")
    for (figure, peer_name), (unit, statistic, ours, peers) in results.items():
        row(figure, statistic(ours), peer_name, statistic(peers), unit)


if __name__ == "__main__":
    main(sys.argv[1])
