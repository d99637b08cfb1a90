#!/usr/bin/env bash
# Builds leakgate for one target and packages it as a release asset:
#
#   scripts/release-build.sh TARGET OUTDIR
#
# writes OUTDIR/leakgate-<version>-<target>.tar.gz (.zip for Windows targets), holding
# leakgate-<version>-<target>/leakgate[.exe] and README.md, and OUTDIR/<archive>.sha256 in
# `sha256sum` format. The release workflow (.github/workflows/release.yml) runs it once per target
# and joins the .sha256 files into the release's SHA256SUMS; scripts/install.sh, the Action and
# cargo-binstall (Cargo.toml's [package.metadata.binstall]) rely on these names.
#
# Environment: RELEASE_PROFILE (cargo profile, default release; CI's local check uses dev),
# CARGO_TARGET_DIR as cargo reads it. The target must be installed (`rustup target add TARGET`).
# When TARGET is the host, cargo builds without --target (reusing target/<profile>) and the
# binary's --version is checked; Linux musl binaries must be statically linked.
set -euo pipefail

[ $# -eq 2 ] || { echo "usage: $0 TARGET OUTDIR" >&2; exit 2; }
target=$1
outdir=$2
profile=${RELEASE_PROFILE:-release}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
mkdir -p "$outdir"
outdir=$(cd "$outdir" && pwd)
cd "$root"

version=$(sed -n 's/^version = "\([^"]*\)"$/\1/p' Cargo.toml | head -n1)
[ -n "$version" ] || { echo "cannot read the version from Cargo.toml" >&2; exit 1; }
host=$(rustc -vV | sed -n 's/^host: //p')
case "$profile" in
    dev) profile_dir=debug ;;
    *) profile_dir=$profile ;;
esac
case "$target" in
    *-windows-*) exe=.exe ext=zip ;;
    *) exe='' ext=tar.gz ;;
esac
target_dir=${CARGO_TARGET_DIR:-target}

if [ "$target" = "$host" ]; then
    cargo build --locked --profile "$profile" --bin leakgate
    bin="$target_dir/$profile_dir/leakgate$exe"
else
    cargo build --locked --profile "$profile" --bin leakgate --target "$target"
    bin="$target_dir/$target/$profile_dir/leakgate$exe"
fi
[ -f "$bin" ] || { echo "cargo did not produce $bin" >&2; exit 1; }

if [ "$target" = "$host" ]; then
    got=$("$bin" --version)
    [ "$got" = "leakgate $version" ] || { echo "$bin --version says '$got', not 'leakgate $version'" >&2; exit 1; }
fi
case "$target" in
    *-linux-musl)
        if command -v file >/dev/null; then
            file -L "$bin" | grep -Eq 'static(-pie)? linked|statically linked' ||
                { echo "$bin is not statically linked: $(file -L "$bin")" >&2; exit 1; }
        fi
        ;;
esac

name="leakgate-$version-$target"
asset="$name.$ext"
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
mkdir "$stage/$name"
cp "$bin" "$stage/$name/leakgate$exe"
cp README.md "$stage/$name/"
[ ! -f LICENSE ] || cp LICENSE "$stage/$name/"
rm -f "$outdir/$asset" "$outdir/$asset.sha256"
case "$ext" in
    tar.gz)
        if tar --version 2>/dev/null | grep -q GNU; then
            tar -C "$stage" --owner=0 --group=0 --numeric-owner --sort=name -czf "$outdir/$asset" "$name"
        else
            tar -C "$stage" -czf "$outdir/$asset" "$name"
        fi
        ;;
    zip)
        if command -v 7z >/dev/null; then
            (cd "$stage" && 7z a -tzip -bso0 -bsp0 "$outdir/$asset" "$name")
        elif command -v zip >/dev/null; then
            (cd "$stage" && zip -qr "$outdir/$asset" "$name")
        else
            echo "zip or 7z is needed to package $target" >&2
            exit 1
        fi
        ;;
esac

if command -v sha256sum >/dev/null; then
    (cd "$outdir" && sha256sum "$asset" >"$asset.sha256")
else
    (cd "$outdir" && shasum -a 256 "$asset" >"$asset.sha256")
fi
echo "$outdir/$asset"
