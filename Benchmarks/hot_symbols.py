#!/usr/bin/env python3
"""Writes the functions a typical session runs, in the order they first run, for the
linker's --symbol-ordering-file: packed together they are paged in together, which
saves about 3 MB of resident memory and some start-up time (see BENCHMARKS.md).

Usage: hot_symbols.py BINARY OUTPUT. Runs the coach under valgrind's callgrind in a
pseudo-terminal (two sizes, a fresh session and one with a 1 MB note), walking the
screens a person uses, then maps callgrind's names back to the binary's symbols.
"""
import os, re, shutil, signal, subprocess, sys, tempfile, time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pty_bench as bench

SLOW = 20  # valgrind runs the program many times slower


def session(wrapper, cols, rows, note):
    data = tempfile.mkdtemp(prefix="rekindle-hot-")
    if note:
        bench.session_with_note(data)
    proc = bench.Pty([wrapper], cols, rows, {"REKINDLE_DATA_DIR": data})
    proc.settle(quiet=0.15 * SLOW, limit=120)

    def key(data, quiet=0.05):
        os.write(proc.fd, data)
        proc.settle(quiet=quiet * SLOW, limit=10)

    key(b"\r")
    for data in [bench.DOWN, bench.UP, b"n", b"\t", bench.DOWN, b" ", bench.DOWN, b" ", b"e"]:
        key(data)
    for byte in "Some words for the note, é 中文.\r".encode():
        key(bytes([byte]), 0.02)
    time.sleep(1)
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
    shutil.rmtree(data, ignore_errors=True)


def main(binary, output):
    work = tempfile.mkdtemp(prefix="rekindle-hot-")
    # valgrind cannot read the toolchain's debug info; the symbol table is enough.
    stripped = f"{work}/rekindle"
    subprocess.run(["strip", "--strip-debug", "-o", stripped, binary], check=True)
    wrapper = f"{work}/run.sh"
    with open(wrapper, "w") as out:
        out.write(f"#!/bin/sh\nexec valgrind --tool=callgrind --callgrind-out-file={work}/cg-%p.out {stripped} 2>/dev/null\n")
    os.chmod(wrapper, 0o755)
    for cols, rows, note in [(80, 24, True), (250, 80, False)]:
        session(wrapper, cols, rows, note)

    raw = subprocess.run(["nm", "--defined-only", stripped], capture_output=True, text=True, check=True).stdout.splitlines()
    demangled = subprocess.run(["nm", "--defined-only", "-C", stripped], capture_output=True, text=True, check=True).stdout.splitlines()
    by_name = {}
    for plain, readable in zip(raw, demangled):
        by_name.setdefault(readable.split(" ", 2)[-1], plain.split(" ", 2)[-1])
    symbols = set(by_name.values())
    ordered, seen = [], set()
    for name in sorted(os.listdir(work)):
        if not name.startswith("cg-"):
            continue
        for line in open(f"{work}/{name}", errors="replace"):
            match = re.match(r"c?fn=\(\d+\) (.*)", line.rstrip("\n"))
            if not match:
                continue
            function = re.sub(r"'\d+$", "", match.group(1))
            symbol = function if function in symbols else by_name.get(function)
            if symbol and symbol not in seen:
                seen.add(symbol)
                ordered.append(symbol)
    with open(output, "w") as out:
        out.write("\n".join(ordered) + "\n")
    shutil.rmtree(work, ignore_errors=True)
    print(f"{output}: {len(ordered)} functions")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
