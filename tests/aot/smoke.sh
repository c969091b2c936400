#!/usr/bin/env bash
# Native AOT smoke test: publish the CLI as one Native AOT binary (linux-x64) and run the binary itself:
#   - the publish log must hold no warning at all (trim/AOT analysis: IL2xxx, IL3xxx; anything else too);
#   - --version; `demo` (sandbox + publish of the bundled example, all inside the binary);
#   - `validate` of the demo's workspace; `sandbox --port 0` in the background and `publish` to it, then a
#     re-run that must find nothing to do; `plan` as a GitHub container action would run it (no arguments);
#   - GitHubAotTests: the binary against the fake GitHub API (Octokit's reflection-based JSON in the binary);
#   - measurements: binary size, median of N starts of `--version` and of `validate`.
# Environment: AOT_OUT (publish folder, default a temp folder), STARTS (default 10), AOT_RESULT (JSON summary file).
set -euo pipefail
cd "$(dirname "$0")/../.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1

STARTS="${STARTS:-10}"
work=$(mktemp -d)
out="${AOT_OUT:-$work/bin}"
sandbox_pid=
cleanup() {
  if [ -n "$sandbox_pid" ]; then kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
fail() { echo "aot: FAIL: $*" >&2; exit 1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

# --- publish ---------------------------------------------------------------------------------------
t=$(now)
log="$work/publish.log"
dotnet publish action/Marketplace.Release.Cli.csproj -c Release -r linux-x64 -p:PublishAot=true -o "$out" >"$log" 2>&1 \
  || { tail -n 40 "$log" >&2; fail "dotnet publish"; }
publish_ms=$(ms "$t" "$(now)")
# MSBuild repeats warnings in its summary; any at all fails the smoke test (trim and AOT warnings included).
if grep -Ei ': warning [A-Z]+[0-9]+' "$log" >&2; then fail "the Native AOT publish has warnings (above)"; fi
bin="$out/marketplace-release"
[ -x "$bin" ] || fail "no binary at $bin"
extra=$(find "$out" -maxdepth 1 -type f ! -name 'marketplace-release' ! -name '*.dbg' ! -name '*.pdb' | wc -l)
[ "$extra" -eq 0 ] || { ls -la "$out" >&2; fail "the publish folder holds more than the single binary"; }
[ "$(head -c 4 "$bin" | tail -c 3)" = ELF ] || fail "$bin is not an ELF binary"
size=$(stat -c %s "$bin")
echo "aot: published in ${publish_ms} ms, $bin is ${size} bytes"

# --- the binary ------------------------------------------------------------------------------------
version=$("$bin" --version) || fail "--version exited $?"
[ -n "$version" ] || fail "--version printed nothing"
echo "aot: --version -> $version"

"$bin" demo --keep >"$work/demo.log" 2>&1 || { cat "$work/demo.log" >&2; fail "demo exited non-zero"; }
grep -q '^✔ published com.example.timesheets 1.4.0' "$work/demo.log" || { cat "$work/demo.log" >&2; fail "demo did not publish"; }
ws=$(sed -n 's/^Kept //p' "$work/demo.log")
[ -d "$ws" ] || fail "demo --keep did not name its workspace"
mv "$ws" "$work/ws" && ws="$work/ws"
echo "aot: demo published the example"

(cd "$ws" && "$bin" validate) >"$work/validate.log" 2>&1 || { cat "$work/validate.log" >&2; fail "validate exited non-zero"; }
grep -q '^✔ marketplace-release.yml is valid' "$work/validate.log" || fail "validate: $(cat "$work/validate.log")"
printf 'schema: 1\napp:\n  key: com.example.timesheets\n  hostng: datacenter\n' >"$work/bad.yml"
set +e; "$bin" validate "$work/bad.yml" >"$work/bad.log" 2>&1; code=$?; set -e
[ "$code" -eq 2 ] || fail "validate of an invalid manifest exited $code, expected 2"
grep -q 'bad.yml:4:3: ' "$work/bad.log" || fail "validate did not name file:line:col: $(cat "$work/bad.log")"
echo "aot: validate ok (valid: 0, invalid: 2 with file:line:col)"

# A sandbox of the binary in the background, on a free port it reports.
"$bin" sandbox --port 0 --quiet >"$work/sandbox.log" 2>&1 &
sandbox_pid=$!
base=
for _ in $(seq 1 100); do
  base=$(sed -n 's/^Marketplace sandbox on //p' "$work/sandbox.log")
  [ -n "$base" ] && break
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$work/sandbox.log" >&2; fail "sandbox exited"; }
  sleep 0.1
done
[ -n "$base" ] || fail "the sandbox did not report its URL"
case "$base" in http://127.0.0.1:*) ;; *) fail "the sandbox is not on 127.0.0.1: $base" ;; esac
export MARKETPLACE_BASE_URL="$base" MARKETPLACE_USER=sandbox@example.com MARKETPLACE_API_TOKEN=sandbox-token

(cd "$ws" && "$bin" publish --result "$work/publish.json") >"$work/publish-run.log" 2>&1 \
  || { cat "$work/publish-run.log" >&2; fail "publish to the sandbox exited non-zero"; }
grep -q '"status": "published"' "$work/publish.json" || fail "publish: $(cat "$work/publish.json")"
(cd "$ws" && "$bin" publish --result "$work/again.json") >"$work/again.log" 2>&1 || { cat "$work/again.log" >&2; fail "re-run exited non-zero"; }
grep -q '"status": "unchanged"' "$work/again.json" || fail "re-run: $(cat "$work/again.json")"
echo "aot: publish to $base ok; re-run unchanged"

# As a GitHub container action starts it: no arguments, INPUT_* variables, a working directory elsewhere.
gh="$work/gh"; mkdir -p "$gh"; : >"$gh/output"; : >"$gh/summary"
(cd / && env -u MARKETPLACE_USER -u MARKETPLACE_API_TOKEN GITHUB_ACTIONS=true GITHUB_WORKSPACE="$ws" \
   GITHUB_OUTPUT="$gh/output" GITHUB_STEP_SUMMARY="$gh/summary" INPUT_MANIFEST=marketplace-release.yml \
   INPUT_USER=sandbox@example.com INPUT_API-TOKEN=sandbox-token INPUT_BASE-URL="$base" INPUT_DRY-RUN=true \
   "$bin") >"$work/gh.log" 2>&1 || { cat "$work/gh.log" >&2; fail "the GitHub-style plan exited non-zero"; }
[ "$(head -n1 "$work/gh.log")" = "::add-mask::sandbox-token" ] || fail "the first line is not the mask: $(head -n1 "$work/gh.log")"
grep -q '^result<<ghadelimiter_' "$gh/output" || fail "no result output"
grep -q '^### ✔ Marketplace release: plan' "$gh/summary" || fail "no summary"
echo "aot: GitHub Actions mode (no arguments, INPUT_*) ok"

kill "$sandbox_pid"; wait "$sandbox_pid" 2>/dev/null || true; sandbox_pid=

# Octokit inside the binary (rooted for trimming, see action/Marketplace.Release.Cli.csproj): the binary reads a
# release of the fake GitHub API, downloads its asset, updates its body and explains its errors.
MARKETPLACE_RELEASE_AOT_BINARY="$bin" dotnet test tests/Marketplace.Release.Cli.Tests --filter "FullyQualifiedName~GitHubAotTests" \
  >"$work/github.log" 2>&1 || { cat "$work/github.log" >&2; fail "the binary failed against the fake GitHub API"; }
grep -Eq 'Passed: +2\b' "$work/github.log" || { cat "$work/github.log" >&2; fail "GitHubAotTests did not run"; }
echo "aot: GitHub release read, asset downloaded, body updated, errors explained (Octokit in the binary)"

# --- measurements ----------------------------------------------------------------------------------
run_times() {
  local times=() t
  for _ in $(seq 1 "$STARTS"); do
    t=$(now); "$@" >/dev/null 2>&1; times+=("$(ms "$t" "$(now)")")
  done
  printf '%s\n' "${times[@]}" | median
}
version_ms=$(run_times "$bin" --version)
validate_ms=$(cd "$ws" && run_times "$bin" validate)
echo "aot: binary ${size} bytes; median of ${STARTS}: --version ${version_ms} ms, validate ${validate_ms} ms"
if [ -n "${AOT_RESULT:-}" ]; then
  printf '{"binaryBytes":%s,"publishMs":%s,"versionMedianMs":%s,"validateMedianMs":%s}\n' \
    "$size" "$publish_ms" "$version_ms" "$validate_ms" >"$AOT_RESULT"
fi
echo "aot: OK"
