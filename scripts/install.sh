#!/usr/bin/env bash
# Installs a leakgate release binary for this machine: downloads the archive and the release's
# SHA256SUMS, checks the archive's SHA-256 against it, and copies the binary to
# $INSTALL_DIR (default ~/.local/bin). Nothing is installed unless the checksum matches.
#
#   bash install.sh                         # the latest release
#   LEAKGATE_VERSION=0.1.0 bash install.sh  # a given release (v0.1.0 works too)
#
# Environment:
#   LEAKGATE_VERSION           release to install (default: the latest)
#   INSTALL_DIR                where the binary goes (default: ~/.local/bin)
#   LEAKGATE_TARGET            target triple of the archive (default: from uname)
#   LEAKGATE_RELEASE_BASE_URL  the releases root (default https://github.com/leakgate/leakgate/releases);
#                              https:// or file:// (tests and mirrors). Files are read from
#                              <base>/download/v<version>/<asset> and <base>/latest/download/SHA256SUMS.
# Exit: 0 installed; 1 error (download failed, checksum mismatch, bad archive); 3 no release
# binary: the release or its SHA256SUMS does not exist, or it has no archive for this target.
set -euo pipefail

base=${LEAKGATE_RELEASE_BASE_URL:-https://github.com/leakgate/leakgate/releases}
base=${base%/}
version=${LEAKGATE_VERSION:-}
version=${version#v}
dest=${INSTALL_DIR:-${HOME}/.local/bin}

say() { echo "leakgate install: $1" >&2; }
fail() { say "error: $1"; exit 1; }
none() { say "$1"; exit 3; }

host_target() {
    local os arch
    os=$(uname -s)
    arch=$(uname -m)
    case "$arch" in
        x86_64 | amd64) arch=x86_64 ;;
        aarch64 | arm64) arch=aarch64 ;;
        *) none "no release binary for the $arch architecture" ;;
    esac
    case "$os" in
        Linux) echo "$arch-unknown-linux-musl" ;;
        Darwin) echo "$arch-apple-darwin" ;;
        MINGW* | MSYS* | CYGWIN* | Windows_NT)
            [ "$arch" = x86_64 ] || none "no release binary for Windows on $arch"
            echo "x86_64-pc-windows-msvc"
            ;;
        *) none "no release binary for $os" ;;
    esac
}
target=${LEAKGATE_TARGET:-$(host_target)}
case "$target" in
    *-windows-*) ext=zip exe=.exe ;;
    *) ext=tar.gz exe='' ;;
esac

command -v curl >/dev/null || fail "curl is required"
case "$base" in
    https://* | file://*) ;;
    *) fail "LEAKGATE_RELEASE_BASE_URL must be an https:// or file:// URL: $base" ;;
esac

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# fetch URL FILE: 0 fetched, 3 not there (HTTP 4xx or no such file), 1 any other failure.
fetch() {
    local rc=0
    curl -fsSL --proto '=https,file' --retry 3 -o "$2" "$1" 2>"$tmp/curl.err" || rc=$?
    case "$rc" in
        0) return 0 ;;
        22 | 37) return 3 ;;
        *) say "$(cat "$tmp/curl.err")"; return 1 ;;
    esac
}

sha256() {
    if command -v sha256sum >/dev/null; then
        sha256sum "$1" | cut -d' ' -f1
    elif command -v shasum >/dev/null; then
        shasum -a 256 "$1" | cut -d' ' -f1
    else
        fail "sha256sum or shasum is required to verify the download"
    fi
}

if [ -n "$version" ]; then
    sums_url="$base/download/v$version/SHA256SUMS"
else
    sums_url="$base/latest/download/SHA256SUMS"
fi
rc=0
fetch "$sums_url" "$tmp/SHA256SUMS" || rc=$?
case "$rc" in
    0) ;;
    3) none "no release found at $sums_url" ;;
    *) fail "could not download $sums_url" ;;
esac

# The archive for this target, as SHA256SUMS names it: leakgate-<version>-<target>.<ext>.
line=$(grep -E "^[0-9a-f]{64} [ *]leakgate-[^ ]+-${target}\.${ext//./\\.}\$" "$tmp/SHA256SUMS" | head -n1 || true)
[ -n "$line" ] || none "the release has no archive for $target ($sums_url)"
want=${line%% *}
asset=${line#* }
asset=${asset#[ *]}
asset_version=${asset#leakgate-}
asset_version=${asset_version%-"$target.$ext"}
[ -z "$version" ] || [ "$asset_version" = "$version" ] ||
    fail "SHA256SUMS of v$version lists $asset, which is not version $version"
version=$asset_version

say "downloading $asset (v$version)"
rc=0
fetch "$base/download/v$version/$asset" "$tmp/$asset" || rc=$?
[ "$rc" -eq 0 ] || fail "could not download $base/download/v$version/$asset"
got=$(sha256 "$tmp/$asset")
[ "$got" = "$want" ] || fail "checksum mismatch for $asset: SHA256SUMS says $want, the download is $got; nothing installed"

mkdir -p "$tmp/x"
case "$ext" in
    tar.gz) tar -xzf "$tmp/$asset" -C "$tmp/x" || fail "cannot unpack $asset" ;;
    zip)
        if command -v unzip >/dev/null; then
            unzip -q "$tmp/$asset" -d "$tmp/x" || fail "cannot unpack $asset"
        else
            powershell.exe -NoProfile -Command "Expand-Archive -LiteralPath '$tmp/$asset' -DestinationPath '$tmp/x'" ||
                fail "cannot unpack $asset"
        fi
        ;;
esac
bin="$tmp/x/leakgate-$version-$target/leakgate$exe"
[ -f "$bin" ] || fail "$asset does not hold leakgate-$version-$target/leakgate$exe"

mkdir -p "$dest"
cp "$bin" "$dest/leakgate$exe.tmp"
chmod 755 "$dest/leakgate$exe.tmp"
mv -f "$dest/leakgate$exe.tmp" "$dest/leakgate$exe"
say "installed leakgate $version ($target) to $dest/leakgate$exe"
case ":${PATH}:" in
    *":$dest:"*) ;;
    *) say "note: $dest is not on PATH" ;;
esac
