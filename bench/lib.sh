# Shared by the bench/ scripts (sourced, not run). Every script measures the shipped form of the CLI, the
# Native AOT binary, because that is what the Docker image, the GitHub Action and the Bitbucket pipe run.
#
# Environment:
#   BENCH_BIN   an already published marketplace-release binary (run-all.sh publishes once and sets it)
#   RUNS        how many times each measurement runs; the scripts print medians (default 5)
#   BENCH_OUT   where logs, workspaces and results go (default bench/out)
#   BENCH_SANDBOX_BIN  the binary that serves the sandboxes (default BENCH_BIN): lets a changed CLI be measured
#               against the same sandbox as before

BENCH_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH_OUT="${BENCH_OUT:-$BENCH_ROOT/bench/out}"
RUNS="${RUNS:-5}"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
export MARKETPLACE_USER=sandbox@example.com MARKETPLACE_API_TOKEN=sandbox-token
mkdir -p "$BENCH_OUT"

log() { printf '[bench %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
fail() { log "FAIL: $*"; exit 1; }

# The Native AOT binary: BENCH_BIN when given, else published here (incremental; a few minutes when cold).
aot_binary() {
  if [ -n "${BENCH_BIN:-}" ]; then
    [ -x "$BENCH_BIN" ] || fail "BENCH_BIN=$BENCH_BIN is not an executable"
    readlink -f "$BENCH_BIN"   # absolute: some benches run it from another working directory
    return
  fi
  local out="$BENCH_OUT/aot"
  log "publishing the Native AOT CLI to $out"
  dotnet publish "$BENCH_ROOT/action/Marketplace.Release.Cli.csproj" -c Release -r linux-x64 -p:PublishAot=true \
    -o "$out" >"$BENCH_OUT/aot-publish.log" 2>&1 || { tail -n 30 "$BENCH_OUT/aot-publish.log" >&2; fail "dotnet publish"; }
  echo "$out/marketplace-release"
}

# A seed like the default one with the given artifact processing delay and upload spacing: the benches
# measure the client, so the sandbox must not add waits of its own unless a bench is about waiting.
make_seed() {
  local file=$1 delay=$2 spacing=${3:-0s}
  sed -e "s/^\(  delay:\).*/\1 $delay/" -e "s/^\(  spacing:\).*/\1 $spacing/" \
    "$BENCH_ROOT/src/Marketplace.Sandbox/Seed/default-seed.yml" >"$file"
  grep -q "^  delay: $delay\$" "$file" && grep -q "^  spacing: $spacing\$" "$file" || fail "the default seed's layout changed; fix make_seed"
}

# start_sandbox SEED LOG [LATENCY]: serves a sandbox of the binary on a free 127.0.0.1 port, every API answer held
# for LATENCY (e.g. 100ms; default none); sets SANDBOX_URL (the API base, .../marketplace), SANDBOX_ADMIN (where
# /__sandbox/* lives) and SANDBOX_PID. Bounded wait of 10 s.
SANDBOX_PIDS=()
start_sandbox() {
  local seed=$1 logfile=$2 latency=${3:-0ms} i
  : >"$logfile"   # exists before the background job opens it, so the first read below cannot fail
  "${BENCH_SANDBOX_BIN:-$BIN}" sandbox --port 0 --seed "$seed" --quiet --latency "$latency" >"$logfile" 2>&1 &
  SANDBOX_PID=$!
  SANDBOX_PIDS+=("$SANDBOX_PID")
  SANDBOX_URL=
  for i in $(seq 1 100); do
    SANDBOX_URL=$(sed -n 's/^Marketplace sandbox on //p' "$logfile")
    [ -n "$SANDBOX_URL" ] && break
    kill -0 "$SANDBOX_PID" 2>/dev/null || { cat "$logfile" >&2; fail "the sandbox exited"; }
    sleep 0.1
  done
  [ -n "$SANDBOX_URL" ] || fail "the sandbox did not report its URL within 10 s"
  case "$SANDBOX_URL" in http://127.0.0.1:*) ;; *) fail "the sandbox is not on 127.0.0.1: $SANDBOX_URL" ;; esac
  SANDBOX_ADMIN=${SANDBOX_URL%/marketplace}
}

# SIGTERM, then SIGKILL if it is still there after 5 s: a bench must never hang on its own sandbox.
stop_sandbox() {
  local pid=$1 i
  kill "$pid" 2>/dev/null || return 0
  for i in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

stop_all_sandboxes() {
  local pid
  for pid in "${SANDBOX_PIDS[@]}"; do stop_sandbox "$pid"; done
  SANDBOX_PIDS=()
}
trap stop_all_sandboxes EXIT

# A workspace with the bundled example (manifest, small plugin jar, screenshot), laid out by `demo --keep`.
make_workspace() {
  local dest=$1 logfile
  logfile=$(mktemp)
  "$BIN" demo --keep >"$logfile" 2>&1 || { cat "$logfile" >&2; fail "demo"; }
  local kept
  kept=$(sed -n 's/^Kept //p' "$logfile")
  rm -f "$logfile"
  [ -d "$kept" ] || fail "demo --keep did not name its workspace"
  rm -rf "$dest" && mv "$kept" "$dest"
  rm -rf "$dest/.marketplace-release" "$dest/result.json"
}

# Statistics over numbers on stdin, one a line.
median() { sort -g | awk '{a[NR]=$1} END { if (NR == 0) { print "nan"; exit } print (NR % 2 ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2) }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }'; }
# le A B: exit 0 when A <= B (floating point).
le() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a <= b) }'; }
met() { if le "$1" "$2"; then echo yes; else echo "**no**"; fi; }

# GNU time's peak RSS (KiB) and wall time (s) from a `/usr/bin/time -v` log.
rss_kib() { awk -F: '/Maximum resident set size/ { gsub(/ /, "", $2); print $2 }' "$1"; }

# row WHAT FIGURE REFERENCE RATIO TARGET MET: one line of the results table, collected by run-all.sh.
row() {
  printf '| %s | %s | %s | %s | %s | %s |\n' "$@" | tee -a "$BENCH_OUT/rows.md"
}
