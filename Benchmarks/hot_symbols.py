#!/usr/bin/env python3
"""Writes the functions a typical session runs for the linker's --symbol-ordering-file:
first those that most keys on a step run (moving, checking, typing), then the rest in
the order they first run. Packed together they are paged in together, which saves
about 3 MB of resident memory and some start-up time, and a key after a pause runs
from fewer pages of code (see BENCHMARKS.md).

Usage: hot_symbols.py BINARY LINK_MAP OUTPUT. Runs the coach under valgrind's
callgrind in a pseudo-terminal, walking the screens a person uses: once profiled key by
key from the step's first key (80x24, a 1 MB note), then twice whole (80x24 with the
note, 250x80 fresh). Then maps callgrind's names back to the binary's symbols, leaving
out those the linker cannot place on their own (see SHARED_SECTION).
"""
import collections, os, re, shutil, signal, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pty_bench as bench

SLOW = 20  # valgrind runs the program many times slower
# The linker orders sections, not functions. An archive compiled without one section per
# function holds all of a module's code in one: the standard library's is 1.6 MB. Listing
# any of its functions moves all of it there, and the functions listed after it land
# 1.6 MB further on, away from those before. Functions in sections larger than this are
# left out of the list; the linker puts those sections after the listed ones.
SHARED_SECTION = 32 * 1024
# The kinds of key on a step the list is made for. The functions most keys of a kind run
# go together, so such a key after a pause runs from as few pages of code as they fill.
# A function may serve several kinds: the groups go in an order where each kind's are
# next to each other: a checklist move's in one piece (its time is the one still level
# with its peer's, see BENCHMARKS.md), a check's and a typed character's in two.
KINDS = ("move", "check", "type")
GROUPS = [{"move", "check", "type"}, {"move", "check"}, {"move"}, {"move", "type"}, {"type"}, {"check", "type"},
          {"check"}, set()]


def session(wrapper, cols, rows, note, keys_only=False):
    """Walks the screens; with keys_only, profiles key by key and returns each profiled
    key's kind (see KINDS; None for others), in the order of the profiles."""
    folder = tempfile.mkdtemp(prefix="rekindle-hot-")
    if note:
        bench.session_with_note(folder)
    proc = bench.Pty([wrapper], cols, rows, {"REKINDLE_DATA_DIR": folder})
    proc.settle(quiet=0.15 * SLOW, limit=120)

    profiling = False
    kinds = []

    def control(option):
        subprocess.run(["callgrind_control", option, str(proc.pid)], check=True, capture_output=True)

    def profile(state):
        nonlocal profiling
        profiling = keys_only and state == "on"
        if keys_only:
            control(f"--instr={state}")

    def key(data, quiet=0.05, kind=None):
        os.write(proc.fd, data)
        proc.settle(quiet=quiet * SLOW, limit=10)
        if profiling:  # one profile per key
            control("--dump")
            kinds.append(kind)

    key(b"\r")
    profile("on")
    # Moving and checking often enough that their code ranks above what only a few
    # keys run (a new step, a wide character).
    for data in [bench.DOWN, bench.UP, b"n", b"p", b"n", b"\t"]:
        key(data)
    for data in [bench.DOWN, b" "] * 4 + [bench.UP, b" "] * 2:
        key(data, kind="check" if data == b" " else "move")
    key(b"e")
    for byte in "Some words for the note, é 中文.\r".encode():
        key(bytes([byte]), 0.02, kind="type")
    time.sleep(1)
    profile("off")
    for data in [b"\x1b", b"r", bench.DOWN, b"q", b"?", b"q", b"/", b"w", b"\x1b", b"s", b"\x1b", b"p", b"u"]:
        key(data)
    key(b"q", 1.0)
    # If a screen kept the last q, SIGTERM saves and quits just the same.
    for _ in range(60):
        if os.waitpid(proc.pid, os.WNOHANG) != (0, 0):
            break
        time.sleep(1)
    else:
        os.kill(proc.pid, signal.SIGTERM)
        os.waitpid(proc.pid, 0)
    shutil.rmtree(folder, ignore_errors=True)
    return kinds


def profiled_functions(path, symbols, by_name):
    """The binary's functions a callgrind profile names, in the order it first names them."""
    found = {}
    for line in open(path, errors="replace"):
        match = re.match(r"c?fn=\(\d+\) (.*)", line.rstrip("\n"))
        if match:
            function = re.sub(r"'\d+$", "", match.group(1))
            symbol = function if function in symbols else by_name.get(function)
            if symbol:
                found.setdefault(symbol)
    return list(found)


def shared_section_symbols(link_map):
    """The symbols lld's map (-Map) shows in code sections larger than SHARED_SECTION."""
    found, shared = set(), False
    for line in open(link_map, errors="replace"):
        fields = line.split(None, 4)
        if len(fields) != 5:
            continue
        if ":(" in fields[4]:  # an input section: "file:(name)"
            shared = fields[4].split(":(", 1)[1].startswith(".text") and int(fields[2], 16) > SHARED_SECTION
        elif shared and fields[3] == "1":  # a symbol in it
            found.add(fields[4].strip())
    return found


def main(binary, link_map, output):
    work = tempfile.mkdtemp(prefix="rekindle-hot-")
    # valgrind cannot read the toolchain's debug info; the symbol table is enough.
    stripped = f"{work}/rekindle"
    subprocess.run(["strip", "--strip-debug", "-o", stripped, binary], check=True)
    # The keys session is profiled from the step's first key on, one profile per key and
    # thread: a key's answer is the main thread's work (a save runs on another, after it).
    wrappers = {}
    for name, flags in [("keys", "--instr-atstart=no --separate-threads=yes"), ("all", "")]:
        wrappers[name] = f"{work}/{name}.sh"
        with open(wrappers[name], "w") as out:
            out.write(f"#!/bin/sh\nexec valgrind --tool=callgrind {flags} --callgrind-out-file={work}/cg-{name}-%p.out {stripped} 2>/dev/null\n")
        os.chmod(wrappers[name], 0o755)
    kinds = session(wrappers["keys"], 80, 24, True, keys_only=True)
    for cols, rows, note in [(80, 24, True), (250, 80, False)]:
        session(wrappers["all"], cols, rows, note)

    raw = subprocess.run(["nm", "--defined-only", stripped], capture_output=True, text=True, check=True).stdout.splitlines()
    demangled = subprocess.run(["nm", "--defined-only", "-C", stripped], capture_output=True, text=True, check=True).stdout.splitlines()
    by_name = {}
    for plain, readable in zip(raw, demangled):
        by_name.setdefault(readable.split(" ", 2)[-1], plain.split(" ", 2)[-1])
    symbols = set(by_name.values())
    profiles = sorted(name for name in os.listdir(work) if name.startswith("cg-"))
    # First the functions keys run, grouped by the kinds of key most of whose keys run
    # them (GROUPS), then by how many keys run them; then those the saves they ask for
    # run; then the rest of the sessions' in the order they first ran.
    keys, first, runs = collections.Counter(), {}, collections.Counter()
    for number, kind in enumerate(kinds, start=1):
        (name,) = [name for name in profiles if name.startswith("cg-keys") and name.endswith(f".out.{number}-01")]
        for symbol in profiled_functions(f"{work}/{name}", symbols, by_name):
            keys[symbol] += 1
            first.setdefault(symbol, len(first))
            runs[symbol, kind] += 1

    def group(symbol):
        return GROUPS.index({kind for kind in KINDS if runs[symbol, kind] * 2 >= kinds.count(kind)})

    ordered = sorted(keys, key=lambda symbol: (group(symbol), -keys[symbol], first[symbol]))
    # Then what the keys' other threads ran (saving), the most often run first.
    others = collections.Counter()
    for name in profiles:
        if name.startswith("cg-keys") and re.search(r"\.out\.\d+-(?!01$)\d+$", name):
            others.update(profiled_functions(f"{work}/{name}", symbols, by_name))
    ordered += sorted((symbol for symbol in others if symbol not in keys), key=lambda symbol: -others[symbol])
    seen = set(ordered)
    for name in profiles:
        if name.startswith("cg-all"):
            for symbol in profiled_functions(f"{work}/{name}", symbols, by_name):
                if symbol not in seen:
                    seen.add(symbol)
                    ordered.append(symbol)
    shared = shared_section_symbols(link_map)
    ordered = [symbol for symbol in ordered if symbol not in shared]
    with open(output, "w") as out:
        out.write("\n".join(ordered) + "\n")
    shutil.rmtree(work, ignore_errors=True)
    print(f"{output}: {len(ordered)} functions")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3])
