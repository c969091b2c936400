#!/usr/bin/env python3
"""Runs a command N times and prints the median wall time in milliseconds (and min/max to stderr).

Usage: bench/timeit.py N [--cwd DIR] -- COMMAND [ARGS...]
Timed here rather than with `date` in the shell: one fork/exec of the command itself, nothing else, so a
few-millisecond start is not drowned in the measuring tool's own start. Output goes to /dev/null. A
non-zero exit of the command fails the measurement (a fast failure is not a fast start).
"""
import statistics, subprocess, sys, time

args = sys.argv[1:]
n = int(args.pop(0))
cwd = None
if args and args[0] == "--cwd":
    cwd = args[1]
    args = args[2:]
if args and args[0] == "--":
    args = args[1:]
samples = []
for _ in range(n):
    start = time.perf_counter()
    code = subprocess.call(args, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    samples.append((time.perf_counter() - start) * 1000)
    if code != 0:
        sys.exit(f"timeit: {' '.join(args)} exited {code}")
print(f"{statistics.median(samples):.1f}")
print(f"timeit: {' '.join(args)}: median {statistics.median(samples):.1f} ms, min {min(samples):.1f}, max {max(samples):.1f} (n={n})", file=sys.stderr)
