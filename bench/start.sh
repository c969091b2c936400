#!/usr/bin/env bash
# Cold start of the Native AOT binary: `validate` of the bundled example (reads and checks the manifest and its
# files, sends nothing) and `--version`, against `curl --version`. RUNS×10 starts each, medians.
set -euo pipefail
source "$(dirname "$0")/lib.sh"
BIN=$(aot_binary)
out="$BENCH_OUT/start"
rm -rf "$out" && mkdir -p "$out"
make_workspace "$out/workspace"
n=$((RUNS * 10))
# One untimed run each first: the binary's pages in the page cache is the state a CI step meets on its second
# command; the very first start after a build is a disk read, whatever the program.
"$BIN" --version >/dev/null; curl --version >/dev/null
validate=$(python3 "$BENCH_ROOT/bench/timeit.py" "$n" --cwd "$out/workspace" -- "$BIN" validate)
version=$(python3 "$BENCH_ROOT/bench/timeit.py" "$n" -- "$BIN" --version)
ref=$(python3 "$BENCH_ROOT/bench/timeit.py" "$n" -- curl --version)
row "\`validate\` cold start (Native AOT)" "${validate} ms" "curl --version: ${ref} ms" "$(ratio "$validate" "$ref")" "≤ 30 ms" "$(met "$validate" 30)"
row "\`--version\` start (Native AOT)" "${version} ms" "curl --version: ${ref} ms" "$(ratio "$version" "$ref")" "(none)" "–"
