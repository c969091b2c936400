#!/usr/bin/env bash
# Prepares a machine without registry access (no Docker Hub, no mcr.microsoft.com) to build the
# project's Dockerfile:
#   1. installs docker.io, debootstrap, clang and zlib1g-dev from Debian's packages when missing;
#   2. starts dockerd (no bridge, no iptables: every container and build uses --network host);
#   3. assembles the two base images the Dockerfile takes as build arguments, from Debian packages:
#        marketplace-release/runtime-deps:local  - a chiseled-like runtime-deps image (libc, libgcc,
#                                                  libssl3, zlib1g, ca-certificates; no shell, no apt)
#        marketplace-release/sdk:local           - Debian bookworm + clang + zlib1g-dev + this
#                                                  machine's .NET SDK (/usr/share/dotnet)
#
# Idempotent: every step is skipped when its result is already there. The debootstrap results are
# cached as tarballs under $MR_CACHE_DIR (default /var/cache/marketplace-release), so re-creating the
# images after `docker system prune -a` or on a restarted daemon takes seconds.
#
# Environment:
#   MR_CACHE_DIR      cache folder (default /var/cache/marketplace-release)
#   MR_DOCKER_LOG     dockerd log file (default $MR_CACHE_DIR/dockerd.log)
#   MR_SUITE          Debian suite for both images (default bookworm)
#   MR_MIRROR         Debian mirror (default: the first URIs of /etc/apt, else deb.debian.org)
#   MR_DOTNET_ROOT    .NET SDK copied into the SDK image (default: the folder of `dotnet` on PATH)
#   MR_EXTRA_CA_DIR   extra CA certificates (*.crt) trusted by the SDK image, e.g. an egress proxy's
#                     (default /usr/local/share/ca-certificates; ignored when empty or missing)
#   MR_REBUILD=1      rebuild the base images and their cached rootfs tarballs
# Must run as root.
set -euo pipefail

CACHE_DIR="${MR_CACHE_DIR:-/var/cache/marketplace-release}"
DOCKER_LOG="${MR_DOCKER_LOG:-$CACHE_DIR/dockerd.log}"
SUITE="${MR_SUITE:-bookworm}"
EXTRA_CA_DIR="${MR_EXTRA_CA_DIR-/usr/local/share/ca-certificates}"
RUNTIME_TAG="marketplace-release/runtime-deps:local"
SDK_TAG="marketplace-release/sdk:local"
# Bump when a recipe below changes, so cached tarballs and images from an older one are not reused.
RUNTIME_RECIPE=2
SDK_RECIPE=1

T0=$(date +%s.%N)
step_start=$T0
since() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }
log() { printf '[docker-setup %6ss] %s\n' "$(since "$T0")" "$*"; }
timing() {
  printf '[docker-setup] timing: %-20s %6ss\n' "$1" "$(since "$step_start")"
  step_start=$(date +%s.%N)
}

if [ "$(id -u)" -ne 0 ]; then
  echo "docker-setup: must run as root" >&2
  exit 1
fi
mkdir -p "$CACHE_DIR"

# --- 1. packages ---------------------------------------------------------------------------------
need=()
command -v dockerd     >/dev/null 2>&1 || need+=(docker.io)
command -v debootstrap >/dev/null 2>&1 || need+=(debootstrap)
command -v clang       >/dev/null 2>&1 || need+=(clang)
[ -e /usr/include/zlib.h ]             || need+=(zlib1g-dev)
if [ ${#need[@]} -gt 0 ]; then
  echo "[docker-setup] installing: ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
timing "packages"

# --- 2. daemon -----------------------------------------------------------------------------------
if ! docker info >/dev/null 2>&1; then
  # A daemon killed uncleanly (machine stop, session end) leaves its pid file behind and a new one
  # refuses to start while it is there.
  if [ -f /var/run/docker.pid ] && ! kill -0 "$(cat /var/run/docker.pid)" 2>/dev/null; then
    rm -f /var/run/docker.pid
  fi
  if [ -f /var/run/docker/containerd/containerd.pid ] &&
     ! kill -0 "$(cat /var/run/docker/containerd/containerd.pid)" 2>/dev/null; then
    rm -f /var/run/docker/containerd/containerd.pid
  fi
  log "starting dockerd (log: $DOCKER_LOG)"
  # containerd is started by dockerd itself when it is not already running.
  nohup dockerd --bridge=none --iptables=false --ip-masq=false >>"$DOCKER_LOG" 2>&1 </dev/null &
  for _ in $(seq 1 120); do
    docker info >/dev/null 2>&1 && break
    sleep 0.5
  done
  if ! docker info >/dev/null 2>&1; then
    echo "docker-setup: dockerd did not come up; last lines of $DOCKER_LOG:" >&2
    tail -n 30 "$DOCKER_LOG" >&2
    exit 1
  fi
fi
log "docker $(docker version --format '{{.Server.Version}}' 2>/dev/null) is up"
timing "daemon"

# --- 3. base images ------------------------------------------------------------------------------
mirror="${MR_MIRROR:-}"
if [ -z "$mirror" ]; then
  mirror=$( (grep -hE '^\s*URIs:' /etc/apt/sources.list.d/*.sources 2>/dev/null || true) \
            | awk '{print $2}' | grep -v -- '-security' | head -n1)
  [ -n "$mirror" ] || mirror=$( (grep -hE '^\s*deb\s' /etc/apt/sources.list 2>/dev/null || true) \
            | awk '{print $2}' | grep -v -- '-security' | head -n1)
  [ -n "$mirror" ] || mirror="http://deb.debian.org/debian"
fi

# debootstrap SUITE into a fresh folder with extra packages; the .debs are kept in the cache.
bootstrap() {
  local target=$1 include=$2
  rm -rf "$target"
  mkdir -p "$target" "$CACHE_DIR/debs"
  debootstrap --variant=minbase --include="$include" --cache-dir="$CACHE_DIR/debs" \
    "$SUITE" "$target" "$mirror" >"$target.log" 2>&1 || {
      echo "docker-setup: debootstrap failed; see $target.log" >&2; tail -n 20 "$target.log" >&2; exit 1; }
}

# (a) runtime-deps: like mcr.microsoft.com/dotnet/runtime-deps:*-chiseled, only the files of the
# packages a Native AOT binary may load (libc/libm, libgcc_s, libstdc++, OpenSSL for HTTPS, zlib,
# the CA bundle), plus /etc/passwd and /etc/group with root and the chiseled image's `app` user.
RUNTIME_PKGS="base-files libc6 libgcc-s1 libstdc++6 libssl3 zlib1g ca-certificates"
runtime_tar="$CACHE_DIR/runtime-deps-$SUITE-r$RUNTIME_RECIPE.tar"
if [ "${MR_REBUILD:-0}" = 1 ]; then rm -f "$runtime_tar"; fi
runtime_label=$(docker image inspect -f '{{index .Config.Labels "marketplace-release.recipe"}}' "$RUNTIME_TAG" 2>/dev/null || true)
if [ "${MR_REBUILD:-0}" = 1 ] || [ "$runtime_label" != "$SUITE-r$RUNTIME_RECIPE" ]; then
  if [ ! -s "$runtime_tar" ]; then
    log "debootstrap $SUITE for $RUNTIME_TAG"
    root="$CACHE_DIR/runtime-rootfs"
    bootstrap "$root" "ca-certificates,libssl3,zlib1g"
    slim="$CACHE_DIR/runtime-slim"
    rm -rf "$slim"; mkdir -p "$slim"
    # shellcheck disable=SC2086
    # Paths are listed under /usr: /lib, /bin... are symlinks into /usr on bookworm (merged /usr).
    # Like chisel's slices: no iconv modules, no scripts, no docs but the copyright files.
    chroot "$root" dpkg -L $RUNTIME_PKGS | sed -E 's#^/(bin|sbin|lib|lib64)/#/usr/\1/#' | sort -u |
      grep -vE '/gconv/|^/usr/s?bin/|^/usr/share/(man|info|lintian|gdb|locale)/' |
      grep -vE '^/usr/share/doc/' |
    while read -r p; do
      if [ -f "$root$p" ] || [ -L "$root$p" ]; then printf '%s\n' "${p#/}"; fi
    done > "$slim.files"
    for pkg in $RUNTIME_PKGS; do
      if [ -f "$root/usr/share/doc/$pkg/copyright" ]; then echo "usr/share/doc/$pkg/copyright"; fi
    done >> "$slim.files"
    # The certificate bundle and its hash links are generated, not shipped in the package.
    (cd "$root" && find etc/ssl/certs -mindepth 1) >> "$slim.files"
    tar -C "$root" --no-recursion -cf - -T "$slim.files" | tar -C "$slim" -xf -
    for l in bin sbin lib lib64; do if [ -L "$root/$l" ]; then cp -a "$root/$l" "$slim/$l"; fi; done
    mkdir -p "$slim/tmp" "$slim/root" "$slim/home/app" "$slim/var/tmp"
    chmod 1777 "$slim/tmp" "$slim/var/tmp"
    chown 1654:1654 "$slim/home/app"
    printf 'root:x:0:0:root:/root:/noshell\napp:x:1654:1654::/home/app:/noshell\n' >"$slim/etc/passwd"
    printf 'root:x:0:\napp:x:1654:\n' >"$slim/etc/group"
    tar --numeric-owner -C "$slim" -cf "$runtime_tar.tmp" .
    mv "$runtime_tar.tmp" "$runtime_tar"
    rm -rf "$root" "$slim"
  fi
  log "docker import $RUNTIME_TAG"
  docker import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'ENV APP_UID=1654' \
    -c 'ENV DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=true' \
    -c "LABEL marketplace-release.recipe=\"$SUITE-r$RUNTIME_RECIPE\"" \
    -m "runtime-deps-like base from debootstrap $SUITE" \
    "$runtime_tar" "$RUNTIME_TAG" >/dev/null
fi
timing "runtime-deps image"

# (b) SDK: Debian + clang/zlib1g-dev (Native AOT's linker and libz) + this machine's .NET SDK.
dotnet_root="${MR_DOTNET_ROOT:-}"
if [ -z "$dotnet_root" ]; then
  dotnet_root=$(dirname "$(readlink -f "$(command -v dotnet)")")
fi
[ -x "$dotnet_root/dotnet" ] || { echo "docker-setup: no .NET SDK at $dotnet_root" >&2; exit 1; }
sdk_versions=$(ls "$dotnet_root/sdk" | tr '\n' ' ' | sed 's/ $//')
sdk_tar="$CACHE_DIR/sdk-base-$SUITE-r$SDK_RECIPE.tar"
if [ "${MR_REBUILD:-0}" = 1 ]; then rm -f "$sdk_tar"; fi
sdk_label=$(docker image inspect -f '{{index .Config.Labels "marketplace-release.sdk"}}' "$SDK_TAG" 2>/dev/null || true)
sdk_want="$SUITE-r$SDK_RECIPE sdk $sdk_versions"
if [ "${MR_REBUILD:-0}" = 1 ] || [ "$sdk_label" != "$sdk_want" ]; then
  if [ ! -s "$sdk_tar" ]; then
    log "debootstrap $SUITE for $SDK_TAG"
    root="$CACHE_DIR/sdk-rootfs"
    # libicu72 lets the SDK run with globalization; clang + binutils link the AOT binary.
    bootstrap "$root" "ca-certificates,clang,zlib1g-dev,binutils,libicu72,libssl3,libstdc++6,git"
    chroot "$root" apt-get clean
    rm -rf "$root"/var/lib/apt/lists/* "$root"/var/cache/apt/*.bin
    tar --numeric-owner -C "$root" -cf "$sdk_tar.tmp" .
    mv "$sdk_tar.tmp" "$sdk_tar"
    rm -rf "$root"
  fi
  log "assembling $SDK_TAG (.NET SDK $sdk_versions from $dotnet_root)"
  work="$CACHE_DIR/sdk-assemble"
  rm -rf "$work"; mkdir -p "$work"
  tar -C "$work" -xf "$sdk_tar"
  mkdir -p "$work/usr/share/dotnet"
  cp -a "$dotnet_root/." "$work/usr/share/dotnet/"
  ln -sf /usr/share/dotnet/dotnet "$work/usr/bin/dotnet"
  if [ -n "$EXTRA_CA_DIR" ] && ls "$EXTRA_CA_DIR"/*.crt >/dev/null 2>&1; then
    cp "$EXTRA_CA_DIR"/*.crt "$work/usr/local/share/ca-certificates/"
    chroot "$work" update-ca-certificates >/dev/null 2>&1
  fi
  # Same environment as the official SDK image, plus offline revocation checks (no CRL/OCSP
  # endpoints are reachable here; NuGet would otherwise stall on signed packages).
  tar --numeric-owner -C "$work" -cf - . | docker import \
    -c 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    -c 'ENV DOTNET_ROOT=/usr/share/dotnet' \
    -c 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1' \
    -c 'ENV DOTNET_NOLOGO=1' \
    -c 'ENV DOTNET_GENERATE_ASPNET_CERTIFICATE=false' \
    -c 'ENV NUGET_XMLDOC_MODE=skip' \
    -c 'ENV NUGET_CERT_REVOCATION_MODE=offline' \
    -c "LABEL marketplace-release.sdk=\"$sdk_want\"" \
    -m "SDK-like base from debootstrap $SUITE + .NET SDK $sdk_versions" \
    - "$SDK_TAG" >/dev/null
  rm -rf "$work"
fi
timing "sdk image"

log "ready: $RUNTIME_TAG ($(docker image inspect -f '{{.Size}}' "$RUNTIME_TAG") bytes)," \
    "$SDK_TAG ($(docker image inspect -f '{{.Size}}' "$SDK_TAG") bytes)"
