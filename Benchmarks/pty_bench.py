#!/usr/bin/env python3
"""make bench: Rekindle's budgets (PERFORMANCE.md), each next to its peer, with PASS or FAIL.

usage: pty_bench.py REKINDLE REKINDLE_BENCH RSS_FLOOR

Each program runs in a pseudo-terminal (TERM=xterm-256color, UTF-8). A screen is
settled when the program has written nothing for QUIET seconds; a key's time is from
sending it to the last byte written, its bytes what was written in that time. Rekindle
and its peers are open side by side and each key goes to every one of them in turn,
the first changing with each key, so a figure and its peer's meet the same moments of
the machine. Everything runs BENCH_RUNS times; a key's p95 is over the keys of all
runs, bytes are the mean per key, start and RSS the median. REKINDLE_BENCH (the
package under Benchmarks/) times the save and load of a session with 1 MB of notes;
RSS_FLOOR (from the same package, built as the coach is) only reads and writes that
session, and its peak RSS is shown beside the budget as the least any such build needs.
"""
import fcntl, json, os, pty, select, shutil, signal, statistics, struct, subprocess, sys, tempfile, termios, time

QUIET = 0.04
REPEATS = int(os.environ.get("BENCH_REPEATS", "100"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
STARTS = int(os.environ.get("BENCH_STARTS", "10"))
SIZES = [(80, 24), (250, 80)]
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


def start(argv, cols, rows, env=None, setup=()):
    """Starts a program, waits for its first screen, sends the setup keys; returns it
    and the seconds from start to the last byte of its first screen."""
    proc = Pty(argv, cols, rows, env)
    _, last = proc.settle(quiet=0.15)
    if os.waitpid(proc.pid, os.WNOHANG)[0] or last is None:
        # Timing a program that is not there would only time its error message.
        sys.exit(f"pty_bench: {argv[0]} ended before showing a screen (is it installed?)")
    for data in setup:
        proc.key(data)
    return proc, last - proc.started


def measure(procs, keys):
    """Sends keys REPEATS times, each key to every program in turn, the first changing
    each time. Returns per program the list of (seconds, bytes) of its keys."""
    results = [[] for _ in procs]
    for index in range(REPEATS):
        first = index % len(procs)
        for turn in list(range(first, len(procs))) + list(range(first)):
            results[turn].append(procs[turn].key(keys[index % len(keys)]))
    return results


ITEMS = [f"Action number {n} of ten" for n in range(1, 11)]


def checklist(program, cols, rows):
    """dialog or whiptail showing a checklist of ten items."""
    argv = [program, "--checklist", "Pick", str(rows - 2), str(cols - 4), "10"]
    for n, item in enumerate(ITEMS):
        argv += [f"t{n}", item, "off" if program == "dialog" else "OFF"]
    return argv


def nano(path, *where):
    return ["nano", "--ignorercfiles", *where, path]


# Notes of 1 KB and 1 MB for Rekindle; nano opens the same 1 MB text as a file. All
# three type at column 20 of the middle line.
NOTE_LINE = "Today I walked for an hour and thought about what I want.\n"


def note_lines(size):
    return size // len(NOTE_LINE)


def session_with_note(folder, size):
    """A session whose first step has a note of about `size` bytes, editing it with the
    cursor at column 20 of its middle line."""
    lines = note_lines(size)
    stamp = "2026-11-20T10:00:00Z"
    document = {"version": 2, "session": {
        "name": "default", "guideID": "get-back-together", "guideHash": "", "startedAt": stamp, "lastUsedAt": stamp,
        "checks": {}, "notes": {"reflect": {"text": NOTE_LINE * lines, "editedAt": stamp,
                                            "partTitle": "Reflecting on the Relationship"}},
        "position": {"partID": "reflect", "pane": "notes", "checklistCursor": 0,
                     "noteCursor": lines // 2 * len(NOTE_LINE) + 19, "scroll": 0}}}
    os.makedirs(f"{folder}/sessions", mode=0o700, exist_ok=True)
    with open(f"{folder}/sessions/default.json", "w") as out:
        json.dump(document, out)
    return {"REKINDLE_DATA_DIR": folder}


def run_once(binary, floor, workspace, samples):
    """Measures every figure once at each size, adding its values to samples[(figure, size, program)]."""
    def add(figure, size, program, values):
        samples.setdefault((figure, size, program), []).extend(values)

    big_file = f"{workspace}/big.txt"
    with open(big_file, "w") as out:
        out.write(NOTE_LINE * note_lines(1 << 20))
    for cols, rows in SIZES:
        size = f"{cols}x{rows}"
        programs = {"rekindle": [binary], "dialog": checklist("dialog", cols, rows),
                    "whiptail": checklist("whiptail", cols, rows)}
        # Rekindle gets a new data folder each time, so it opens on a new session's welcome.
        for _ in range(STARTS):
            for name, argv in programs.items():
                env = {"REKINDLE_DATA_DIR": tempfile.mkdtemp(dir=workspace)} if name == "rekindle" else None
                proc, first = start(argv, cols, rows, env)
                proc.close()
                add("start", size, name, [first])

        # The first step's checklist: past the welcome and the safety check (Esc), to the next
        # part, to its actions.
        procs = [start([binary], cols, rows, {"REKINDLE_DATA_DIR": f"{workspace}/data-{size}"}, setup=[b"\r", b"\x1b", b"n", b"\t"])[0],
                 start(programs["dialog"], cols, rows)[0], start(programs["whiptail"], cols, rows)[0]]
        for figure, keys in [("move", [DOWN, DOWN, DOWN, UP, UP, UP]), ("check", [b" "])]:
            for name, keyed in zip(programs, measure(procs, keys)):
                add(figure, size, name, keyed)
        for proc in procs[1:]:
            proc.close()

        # Typing at the end of a new note, and of a new file in nano.
        procs[0].key(b"e")
        procs[1:] = [start(nano(f"{workspace}/new-{size}.txt"), cols, rows)[0]]
        for name, keyed in zip(["rekindle", "nano"], measure(procs, [b"a"])):
            add("type", size, name, keyed)
        for proc in procs:
            proc.close()

        # Typing into the middle of a 1 KB and a 1 MB note, and of the same 1 MB in nano.
        procs = [start([binary], cols, rows, session_with_note(f"{workspace}/{name}-{size}", bytes), setup=[b"\r", b"e"])[0]
                 for name, bytes in [("1mb", 1 << 20), ("1kb", 1 << 10)]]
        procs.append(start(nano(big_file, f"+{note_lines(1 << 20) // 2 + 1},20"), cols, rows)[0])
        for name, keyed in zip(["rekindle 1 MB", "rekindle 1 KB", "nano 1 MB"], measure(procs, [b"a"])):
            add("type into", size, name, keyed)
        add("rss", size, "rekindle", [procs[0].peak_rss_kb()])
        add("rss", size, "nano", [procs[2].peak_rss_kb()])
        for proc in procs:
            proc.close()
        folder = f"{workspace}/floor-{size}"
        session_with_note(folder, 1 << 20)
        lowest = start([floor, f"{folder}/sessions/default.json"], cols, rows)[0]
        add("rss", size, "floor", [lowest.peak_rss_kb()])
        lowest.close()


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * 0.95))]


def ms(seconds):
    return f"{seconds * 1000:.2f} ms"


def report(samples, stored):
    """Prints one table row per budget and returns whether every budget passed."""
    print("| budget | size | Rekindle | peer | limit | result |")
    print("| --- | --- | --- | --- | --- | --- |")
    passed = True

    def row(budget, size, ours, peer, limit, ok, ratio=None, counts=True):
        """One row; a row that does not count shows where a budget stands, not Rekindle."""
        nonlocal passed
        passed = passed and (ok or not counts)
        verdict = ("PASS" if ok else "FAIL") if counts else ("within" if ok else "above")
        verdict += f" ({ratio:.2f}x)" if ratio is not None else ""
        print(f"| {budget} | {size} | {ours} | {peer} | {limit} | {verdict} |", flush=True)

    def keys(figure, size, program):
        """A key figure's p95 and mean bytes; a key that wrote nothing was not measured."""
        keyed = samples[(figure, size, program)]
        return p95([t for t, _ in keyed]), statistics.mean(b for _, b in keyed), min(b for _, b in keyed) > 0

    for cols, rows in SIZES:
        size = f"{cols}x{rows}"
        ours, dialog, whiptail = (statistics.median(samples[("start", size, p)]) for p in ["rekindle", "dialog", "whiptail"])
        row("start to first complete screen", size, ms(ours), f"dialog {ms(dialog)} (whiptail {ms(whiptail)})",
            "≤ 1.5x dialog, < 30 ms", ours <= 1.5 * dialog and ours < 0.030, ours / dialog)
        for figure, budget, peers in [("move", "checklist move", ["dialog", "whiptail"]),
                                      ("check", "check", ["dialog", "whiptail"]), ("type", "typed character", ["nano"])]:
            ours, peer = keys(figure, size, "rekindle"), keys(figure, size, peers[0])
            also = "".join(f" ({p} {ms(keys(figure, size, p)[0])})" for p in peers[1:])
            row(f"{budget}, key to settled p95", size, ms(ours[0]), f"{peers[0]} {ms(peer[0])}{also}",
                f"≤ 1.5x {peers[0]}, < 2 ms", ours[2] and ours[0] <= 1.5 * peer[0] and ours[0] < 0.002, ours[0] / peer[0])
            also = "".join(f" ({p} {keys(figure, size, p)[1]:.0f} B)" for p in peers[1:])
            row(f"bytes per {budget}", size, f"{ours[1]:.0f} B", f"{peers[0]} {peer[1]:.0f} B{also}",
                f"≤ {peers[0]}", ours[2] and ours[1] <= peer[1], ours[1] / peer[1])
        big, small, nano_big = (keys("type into", size, p) for p in ["rekindle 1 MB", "rekindle 1 KB", "nano 1 MB"])
        row("keystroke into a 1 MB note, p95", size, ms(big[0]), f"1 KB note {ms(small[0])} (nano, 1 MB file: {ms(nano_big[0])})",
            "< 5 ms, ≤ 1.5x 1 KB note", big[2] and small[2] and big[0] < 0.005 and big[0] <= 1.5 * small[0], big[0] / small[0])
        ours, peer, lowest = (statistics.median(samples[("rss", size, p)]) for p in ["rekindle", "nano", "floor"])
        row("peak RSS, 1 MB of text open", size, f"{ours / 1024:.1f} MB", f"nano {peer / 1024:.1f} MB",
            "≤ 2.5x nano", ours <= 2.5 * peer, ours / peer)
        row("(floor: RSSFloor reads and writes the same session)", size, f"{lowest / 1024:.1f} MB",
            f"nano {peer / 1024:.1f} MB", "≤ 2.5x nano", lowest <= 2.5 * peer, lowest / peer, counts=False)
    for figure in ["save", "load"]:
        times = [t / 1000 for t in stored[figure]]
        row(f"{figure} a session with 1 MB of notes, p95 (median)", "-", f"{ms(p95(times))} ({ms(statistics.median(times))})",
            "-", "< 50 ms", p95(times) < 0.050)
    return passed


def main(binary, bench, floor):
    began = time.monotonic()
    stored = json.loads(subprocess.run([bench], check=True, capture_output=True, text=True).stdout)
    samples = {}
    for _ in range(RUNS):
        workspace = tempfile.mkdtemp(prefix="rekindle-bench-")
        try:
            run_once(os.path.abspath(binary), os.path.abspath(floor), workspace, samples)
        finally:
            shutil.rmtree(workspace, ignore_errors=True)
    print(f"{RUNS} runs of {REPEATS} keys per figure and {STARTS} starts per program, "
          f"{os.cpu_count()} cores, {time.monotonic() - began:.0f} s\n")
    return report(samples, stored)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__.split("\n\n")[1])
    sys.exit(0 if main(*sys.argv[1:]) else 1)
