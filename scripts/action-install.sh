#!/usr/bin/env bash
# Puts the leakgate binary for leakgate's GitHub Action (action.yml) in $LEAKGATE_INSTALL_ROOT/bin:
#   1. a binary already there (restored by the action's cache, keyed by a hash of the source) is used;
#   2. when the action runs at a version tag (uses: leakgate/leakgate@v1.2.3), the release binary
#      of that tag is downloaded and its SHA-256 checked against the release's SHA256SUMS
#      (scripts/install.sh); a mismatch or a failed download fails the step: never a fallback;
#   3. when there is no such release (another ref, a commit SHA, a local `uses: ./`, or a tag
#      without a release or without an archive for this runner), leakgate is built from the
#      action's own source with `cargo install --locked --path`.
#
# Environment:
#   GITHUB_ACTION_REF       the action's ref; composite actions often see it empty, so
#   LEAKGATE_ACTION_REF     (github.action_ref, passed by action.yml) and the last part of
#   GITHUB_ACTION_PATH      (.../_actions/<owner>/<repo>/<ref>) are tried next; the path is also
#                           the source to build (default: this script's repository)
#   LEAKGATE_INSTALL_ROOT   where bin/leakgate goes (default: $RUNNER_TEMP/leakgate or /tmp/leakgate)
#   LEAKGATE_RELEASE_BASE_URL, LEAKGATE_TARGET   passed to install.sh (tests use file:// URLs)
#   LEAKGATE_CARGO          the cargo to build with (default cargo)
#   GITHUB_OUTPUT           receives bin=<path of the binary> and source=cache|release|build
# Exit: 0 installed, 1 error.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
src=${GITHUB_ACTION_PATH:-$(dirname "$here")}
root=${LEAKGATE_INSTALL_ROOT:-${RUNNER_TEMP:-/tmp}/leakgate}
output=${GITHUB_OUTPUT:-/dev/null}
cargo=${LEAKGATE_CARGO:-cargo}
exe=
case "$(uname -s)" in MINGW* | MSYS* | CYGWIN* | Windows_NT) exe=.exe ;; esac
bin="$root/bin/leakgate$exe"

say() { echo "leakgate action: $1" >&2; }
done_with() {
    say "using $bin ($1)"
    {
        echo "bin=$bin"
        echo "source=$1"
    } >>"$output"
    exit 0
}

[ -x "$bin" ] && done_with cache

ref=${GITHUB_ACTION_REF:-${LEAKGATE_ACTION_REF:-}}
if [ -z "$ref" ]; then
    case "${GITHUB_ACTION_PATH:-}" in
        */_actions/*/*/*) ref=${GITHUB_ACTION_PATH##*/} ;;
    esac
fi

if [[ "$ref" =~ ^v[0-9]+\.[0-9]+\.[0-9]+([-+][0-9A-Za-z.+-]+)?$ ]]; then
    say "action ref $ref is a version tag: installing its release binary"
    rc=0
    LEAKGATE_VERSION=$ref INSTALL_DIR="$root/bin" bash "$here/install.sh" || rc=$?
    case "$rc" in
        0) done_with release ;;
        3) say "no release binary for $ref: building from source" ;;
        *) say "error: installing the release binary of $ref failed (see above); not falling back to a build"; exit 1 ;;
    esac
else
    say "action ref '${ref}' is not a version tag: building from source"
fi

command -v "$cargo" >/dev/null || {
    say "error: cargo is needed to build leakgate from source (use a released version tag of the action, or set up Rust first)"
    exit 1
}
"$cargo" install --locked --path "$src" --root "$root"
[ -x "$bin" ] || { say "error: cargo install did not produce $bin"; exit 1; }
done_with build
